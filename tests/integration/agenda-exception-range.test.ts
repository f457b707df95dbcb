import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/temp-core.js';
import { openAgendaPractice } from '../helpers/agenda-practice.js';

/** Issue 24 point 13: a week's absence is one entry (« du … au … »), checked as a whole. */
let practice: Awaited<ReturnType<typeof openAgendaPractice>>;

// Friday 4 June 2027, 08:00 in Paris; the absence is the week of Monday 7 to Friday 11 June.
beforeAll(async () => {
  practice = await openAgendaPractice('2027-06-04T06:00:00Z');
});
afterAll(() => practice.dispose());

const exceptionDates = async () =>
  (await ok<{ date: string; kind: string }[]>(practice.admin.call('agenda.exceptions', { from: '2027-06-01' })))
    .filter((row) => row.kind === 'absence')
    .map((row) => row.date);
const absence = (input: Record<string, unknown>) =>
  practice.admin.call('agenda.addException', {
    practitionerId: practice.fontaine,
    kind: 'absence',
    label: 'congés',
    ...input,
  });

describe('an absence from one day to another', () => {
  it('refuses a range ending before it starts, or longer than a season, naming « Jusqu’au », writing nothing', async () => {
    const backwards = await absence({ date: '11/06/2027', untilDate: '07/06/2027' });
    expect(backwards.ok).toBe(false);
    if (!backwards.ok) expect(backwards.error.fields).toHaveProperty('untilDate');
    const season = await absence({ date: '2027-06-07', untilDate: '2027-12-31' });
    expect(season.ok).toBe(false);
    if (!season.ok) expect(season.error.message).toMatch(/92 jours/);
    expect(await exceptionDates()).toEqual([]);
  });

  it('is one entry typed in French dates, each day of the week closed in the finder', async () => {
    const added = await ok<{ id: number; days: number }>(absence({ date: '07/06/2027', untilDate: '11/06/2027' }));
    expect(added.days).toBe(5);
    expect(await exceptionDates()).toEqual(['2027-06-07', '2027-06-08', '2027-06-09', '2027-06-10', '2027-06-11']);
    const slots = await practice.find({ practitionerIds: [practice.fontaine], after: '2027-06-07', limit: 3 });
    expect(slots[0]?.date).toBe('2027-06-14');
    const refused = await practice.book({
      patientId: await practice.newPatient(),
      practitionerId: practice.fontaine,
      date: '2027-06-09',
      time: '09:00',
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/absence \(congés\)/);
  });

  it('leaves a single day as before when no end is given', async () => {
    const one = await ok<{ days: number }>(absence({ date: '2027-06-15', untilDate: null }));
    expect(one.days).toBe(1);
    expect(await exceptionDates()).toContain('2027-06-15');
    expect(await exceptionDates()).not.toContain('2027-06-16');
  });
});
