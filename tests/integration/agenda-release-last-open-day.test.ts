import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/temp-core.js';
import { openAgendaPractice } from '../helpers/agenda-practice.js';

/**
 * Issue 24 point 3: an emergency slot « libéré la veille à 17 h » is released at 17:00 on the
 * practitioner's last day of consultation, not on the calendar day before: a Monday's slot on
 * Friday at 17:00 (not Sunday, when nobody is at the desk), a Tuesday's slot after an absent
 * Monday on Friday too.
 */
let practice: Awaited<ReturnType<typeof openAgendaPractice>>;
let patient: number;
// June 2027 (summer time, UTC+2): Friday 4, Monday 7, Tuesday 8; no holiday among them.
const monday = '2027-06-07';
const tuesday = '2027-06-08';

beforeAll(async () => {
  practice = await openAgendaPractice('2027-06-04T06:00:00Z');
  for (const weekday of [1, 2])
    await ok(
      practice.admin.call('agenda.addPeriod', {
        practitionerId: practice.fontaine,
        weekday,
        startTime: '14:00',
        endTime: '15:00',
        validFrom: '2026-01-01',
        heldForEmergencies: true,
        release: 'day-before-17',
      }),
    );
  patient = await practice.newPatient();
});
afterAll(() => practice.dispose());

const heldOffered = async (date: string) =>
  (
    await practice.find({
      practitionerIds: [practice.fontaine],
      urgency: 'programme',
      after: date,
      limit: 30,
    })
  ).filter((slot) => slot.date === date && slot.heldForEmergencies);
const bookHeld = (date: string) =>
  practice.book({ patientId: patient, practitionerId: practice.fontaine, date, time: '14:00', urgency: 'programme' });

describe('a Monday emergency slot released « la veille à 17 h »', () => {
  it('is still held on Friday at 16:55: not offered, a scheduled booking refused', async () => {
    await practice.moveTo('2027-06-04T14:55:00Z');
    expect(await heldOffered(monday)).toEqual([]);
    const refused = await bookHeld(monday);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/urgences/);
  });

  it('is released on Friday at 17:00, the last day of consultation, not on Sunday', async () => {
    await practice.moveTo('2027-06-04T15:01:00Z');
    expect((await heldOffered(monday)).map((slot) => slot.time)).toContain('14:00');
    expect((await bookHeld(monday)).ok).toBe(true);
  });
});

describe('a Tuesday emergency slot after an absent Monday', () => {
  it('is released on the Friday before, the Monday being no day of consultation', async () => {
    await ok(
      practice.admin.call('agenda.addException', {
        practitionerId: practice.fontaine,
        date: monday,
        kind: 'absence',
        label: 'congrès',
      }),
    );
    // Still Friday 17:01: Tuesday's held hour is free for the scheduled patients already.
    expect((await heldOffered(tuesday)).map((slot) => slot.time)).toContain('14:00');
  });

  it('is not released early when Monday is a day of consultation', async () => {
    const list = await ok<{ id: number; date: string }[]>(practice.admin.call('agenda.exceptions', { from: monday }));
    for (const exception of list.filter((row) => row.date === monday))
      await ok(practice.admin.call('agenda.removeException', { id: exception.id }));
    expect(await heldOffered(tuesday)).toEqual([]);
  });
});
