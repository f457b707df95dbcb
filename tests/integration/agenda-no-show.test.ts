import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/temp-core.js';
import { openAgendaPractice } from '../helpers/agenda-practice.js';

/**
 * Issue 24, point 14: « absent » is not one click before the appointment has begun, and a
 * no-show recorded by mistake is taken back the same day; the count in the patient's file follows.
 */
let practice: Awaited<ReturnType<typeof openAgendaPractice>>;
let patient: number;
let appointment: number;
const monday = '2027-05-03';

// Monday 3 May 2027, 08:00 in Paris (summer time: UTC+2).
beforeAll(async () => {
  practice = await openAgendaPractice('2027-05-03T06:00:00Z');
  patient = await practice.newPatient();
  appointment = (
    await ok<{ id: number }>(
      practice.book({ patientId: patient, practitionerId: practice.fontaine, date: monday, time: '09:30' }),
    )
  ).id;
});
afterAll(() => practice.dispose());

const noShowsOf = async () =>
  (await ok<{ noShows: number }>(practice.admin.call('agenda.ofPatient', { patientId: patient }))).noShows;
const statusOf = async () =>
  (
    await ok<{ id: number; status: string }[]>(
      practice.admin.call('agenda.day', { practitionerId: practice.fontaine, date: monday }),
    )
  ).find((row) => row.id === appointment)?.status;
const markAbsent = () =>
  practice.admin.call('agenda.cancel', { id: appointment, reason: 'patient absent', noShow: true });

describe('a no-show', () => {
  it('is refused before the appointment time, saying when, and nothing changes', async () => {
    await practice.moveTo('2027-05-03T07:29:00Z'); // 09:29
    const refused = await markAbsent();
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('CONFLICT');
    expect(refused.error.fields).toHaveProperty('noShow');
    expect(refused.error.message).toContain('09:30');
    expect(await statusOf()).toBe('booked');
    expect(await noShowsOf()).toBe(0);
  });

  it('is recorded once the time has come, and counted in the file', async () => {
    await practice.moveTo('2027-05-03T07:30:00Z'); // 09:30 sharp
    await ok(markAbsent());
    expect(await statusOf()).toBe('no-show');
    expect(await noShowsOf()).toBe(1);
  });

  it('is taken back the same day: booked again, the count falls back', async () => {
    await practice.moveTo('2027-05-03T15:00:00Z'); // 17:00
    expect(await ok(practice.admin.call('agenda.undoNoShow', { id: appointment }))).toEqual({ noShows: 0 });
    expect(await statusOf()).toBe('booked');
    expect(await noShowsOf()).toBe(0);
    // Twice is refused: there is no absence left to take back.
    const again = await practice.admin.call('agenda.undoNoShow', { id: appointment });
    expect(again.ok).toBe(false);
  });

  it('stands once its day is over (the undo is for the day only)', async () => {
    await ok(markAbsent());
    await practice.moveTo('2027-05-03T22:30:00Z'); // 00:30 on Tuesday in Paris, still Monday in UTC
    const late = await practice.admin.call('agenda.undoNoShow', { id: appointment });
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.error.message).toContain('le jour du rendez-vous');
    expect(await statusOf()).toBe('no-show');
    expect(await noShowsOf()).toBe(1);
  });

  it('is traced, mark and undo alike', async () => {
    const trail = await ok<{ action: string }[]>(practice.admin.call('audit.list', { limit: 200 }));
    const actions = trail.map((entry) => entry.action);
    expect(actions.filter((action) => action === 'agenda.noShow')).toHaveLength(2);
    expect(actions).toContain('agenda.undoNoShow');
  });
});
