import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/temp-core.js';
import { openAgendaPractice, type FoundSlot } from '../helpers/agenda-practice.js';

/**
 * Issue 24, points 5 and 6: « pas avant le » far ahead still finds slots (the window counts from
 * that date), and a list of ten is spread over half-days instead of the first three slots of
 * each opening. Dr Fontaine also consults 14:00–17:00 here, so afternoons exist.
 */
let practice: Awaited<ReturnType<typeof openAgendaPractice>>;

const halfDay = (slot: FoundSlot) => `${slot.date} ${slot.time < '12:00' ? 'matin' : 'après-midi'}`;

// Monday 3 May 2027, 08:00 in Paris.
beforeAll(async () => {
  practice = await openAgendaPractice('2027-05-03T06:00:00Z');
  for (const weekday of [1, 2, 3, 4, 5])
    await ok(
      practice.admin.call('agenda.addPeriod', {
        practitionerId: practice.fontaine,
        weekday,
        startTime: '14:00',
        endTime: '17:00',
        validFrom: '2026-01-01',
      }),
    );
});
afterAll(() => practice.dispose());

describe('« pas avant le » beyond eight weeks', () => {
  it('finds slots from that date, for a check in three months, and says from when', async () => {
    const slots = await practice.find({ practitionerIds: [practice.fontaine], after: '2027-08-02', limit: 5 });
    expect(slots).toHaveLength(5);
    expect(slots.every((slot) => slot.date >= '2027-08-02')).toBe(true);
    expect(slots[0]).toMatchObject({ date: '2027-08-02', time: '09:00' });
    expect(slots[0]?.why).toContain('dans les 8 semaines à partir du 02/08/2027');
  });

  it('a year ahead too, and a semi-urgent asked not before next week keeps its 72 hours from then', async () => {
    const late = await practice.find({ practitionerIds: [practice.fontaine], after: '2028-05-02', limit: 2 });
    expect(late.map((slot) => slot.date)).toEqual(['2028-05-02', '2028-05-02']);
    const semi = await practice.find({ urgency: 'semi-urgent', after: '2027-05-10', limit: 20 });
    expect(semi.length).toBeGreaterThan(0);
    expect(semi.every((slot) => slot.date >= '2027-05-10' && slot.date <= '2027-05-13')).toBe(true);
  });

  it('without a date, or with one already past, counts from now as before', async () => {
    const now = await practice.find({ practitionerIds: [practice.fontaine], limit: 1 });
    const past = await practice.find({ practitionerIds: [practice.fontaine], after: '2027-04-01', limit: 1 });
    expect(now[0]).toMatchObject({ date: '2027-05-03', time: '09:00' });
    expect(past).toEqual(now);
    expect(now[0]?.why).toContain('dans les 8 semaines');
  });
});

describe('a list of ten, spread', () => {
  it('starts with the soonest slot, and holds mornings and afternoons of several days', async () => {
    const slots = await practice.find({ practitionerIds: [practice.fontaine], limit: 10 });
    expect(slots).toHaveLength(10);
    expect(slots[0]).toMatchObject({ date: '2027-05-03', time: '09:00' });
    expect(slots.some((slot) => slot.time >= '14:00')).toBe(true);
    expect(new Set(slots.map(halfDay)).size).toBeGreaterThanOrEqual(6);
    // In the ranking's order (soonest first), each slot once.
    const starts = slots.map((slot) => `${slot.date} ${slot.time}`);
    expect(starts).toEqual([...starts].sort());
    expect(new Set(starts).size).toBe(10);
  });

  it('keeps the afternoon when the morning is asked away, and the mornings when afternoons are', async () => {
    const afternoons = await practice.find({ practitionerIds: [practice.fontaine], afternoons: true, limit: 6 });
    expect(afternoons.every((slot) => slot.time >= '14:00')).toBe(true);
    expect(new Set(afternoons.map((slot) => slot.date)).size).toBeGreaterThanOrEqual(4);
    const mornings = await practice.find({ practitionerIds: [practice.fontaine], mornings: true, limit: 6 });
    expect(mornings.every((slot) => slot.time < '12:00')).toBe(true);
  });

  it('a short list stays the soonest: three asked, three of this morning’s first', async () => {
    const three = await practice.find({ practitionerIds: [practice.fontaine], limit: 3 });
    expect(three[0]).toMatchObject({ date: '2027-05-03', time: '09:00' });
    // One soonest, then the next half-days: this afternoon, tomorrow morning.
    expect(three.map(halfDay)).toEqual(['2027-05-03 matin', '2027-05-03 après-midi', '2027-05-04 matin']);
  });
});
