import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/temp-core.js';
import { openAgendaPractice } from '../helpers/agenda-practice.js';

/**
 * Issue 24, point 11: one patient in one place. An overlap is refused for the patient as for the
 * practitioner, with the other appointment named; another appointment the same day is a warning.
 */
let practice: Awaited<ReturnType<typeof openAgendaPractice>>;
let patient: number;
const tuesday = '2027-05-04';

// Monday 3 May 2027, 08:00 in Paris.
beforeAll(async () => {
  practice = await openAgendaPractice('2027-05-03T06:00:00Z');
  patient = await practice.newPatient();
  await ok(practice.book({ patientId: patient, practitionerId: practice.fontaine, date: tuesday, time: '09:00' }));
});
afterAll(() => practice.dispose());

describe('the same patient with two practitioners', () => {
  it('is refused at the same hour, the other appointment named, and nothing is written', async () => {
    const refused = await practice.book({
      patientId: patient,
      practitionerId: practice.bertin,
      date: tuesday,
      time: '09:00',
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('CONFLICT');
    expect(refused.error.fields).toHaveProperty('time');
    expect(refused.error.message).toMatch(/déjà un rendez-vous à cette heure.*Fontaine.*Consultation/);
    expect(await ok(practice.admin.call('agenda.day', { practitionerId: practice.bertin, date: tuesday }))).toEqual([]);
  });

  it('is refused when the times only partly overlap (a cast at 09:20, the consultation running to 09:30)', async () => {
    const inside = await practice.book({
      motifId: practice.plaster,
      patientId: patient,
      practitionerId: practice.bertin,
      date: tuesday,
      time: '09:20',
    });
    expect(inside.ok).toBe(false);
  });

  it('skips the patient’s taken time in the finder and warns of the same day on the other slots', async () => {
    const slots = await practice.find({
      practitionerIds: [practice.bertin],
      patientId: patient,
      after: tuesday,
      limit: 3,
    });
    const tuesdaySlots = slots.filter((slot) => slot.date === tuesday);
    expect(tuesdaySlots.map((slot) => slot.time)).not.toContain('09:00');
    expect(tuesdaySlots.length).toBeGreaterThan(0);
    for (const slot of tuesdaySlots) expect(slot.why.join(' · ')).toMatch(/déjà un rendez-vous ce jour-là.*Fontaine/);
    // Another patient is not warned.
    const other = await practice.newPatient();
    const theirs = await practice.find({
      practitionerIds: [practice.bertin],
      patientId: other,
      after: tuesday,
      limit: 3,
    });
    expect(theirs[0]?.time).toBe('09:00');
    expect(theirs.every((slot) => !slot.why.join(' ').includes('déjà un rendez-vous'))).toBe(true);
  });

  it('accepts another hour the same day (a warning, not a refusal), and refuses moving it onto the first', async () => {
    const later = await ok<{ id: number }>(
      practice.book({ patientId: patient, practitionerId: practice.bertin, date: tuesday, time: '09:30' }),
    );
    const moved = await practice.admin.call('agenda.move', {
      id: later.id,
      date: tuesday,
      time: '09:00',
      practitionerId: practice.bertin,
      reason: 'plus tôt',
    });
    expect(moved.ok).toBe(false);
    if (!moved.ok) expect(moved.error.message).toContain('Fontaine');
    const stillThere = await ok<{ id: number; status: string }[]>(
      practice.admin.call('agenda.day', { practitionerId: practice.bertin, date: tuesday }),
    );
    expect(stillThere).toContainEqual(expect.objectContaining({ id: later.id, status: 'booked' }));
  });
});
