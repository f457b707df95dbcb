import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../helpers/temp-core.js';
import { openAgendaPractice } from '../helpers/agenda-practice.js';

/**
 * Issue 24, points 1 and 4: a hand-emergency centre opens on holidays and Sundays with a surgeon
 * on call, holidays stay closed otherwise; a slot released today comes before tomorrow's.
 */
let practice: Awaited<ReturnType<typeof openAgendaPractice>>;
let patient: number;

// Monday 3 May 2027, 08:00 in Paris (summer time).
beforeAll(async () => {
  practice = await openAgendaPractice('2027-05-03T06:00:00Z');
  patient = await practice.newPatient();
});
afterAll(() => practice.dispose());

describe('a released slot today', () => {
  it('at 11:05, today’s 11:30 just released comes before tomorrow’s ordinary slots', async () => {
    await practice.moveTo('2027-05-03T09:05:00Z');
    const slots = await practice.find({ practitionerIds: [practice.fontaine], urgency: 'programme', limit: 4 });
    expect(slots[0]).toMatchObject({ date: '2027-05-03', time: '11:30', heldForEmergencies: true });
    // Then tomorrow's first ordinary slot; the rest of the list is spread over the next half-days.
    expect([slots[1]?.date, slots[1]?.time, slots[1]?.heldForEmergencies]).toEqual(['2027-05-04', '09:00', false]);
    const moments = slots.map((slot) => `${slot.date} ${slot.time}`);
    expect(moments).toEqual([...moments].sort());
  });
});

describe('Ascension Thursday, 6 May 2027', () => {
  const ascension = '2027-05-06';

  it('is closed by default: no emergency slot, an urgence-jour booking refused with the holiday named', async () => {
    await practice.moveTo('2027-05-06T06:00:00Z');
    expect(await practice.find({ urgency: 'urgence-jour' })).toEqual([]);
    const refused = await practice.book({
      patientId: patient,
      practitionerId: practice.fontaine,
      date: ascension,
      time: '09:00',
      urgency: 'urgence-jour',
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('Ascension');
  });

  it('refuses an on-call period without its hours, naming the field', async () => {
    const refused = await practice.admin.call('agenda.addException', {
      practitionerId: practice.fontaine,
      date: ascension,
      kind: 'on-call',
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.fields).toHaveProperty('startTime');
  });

  it('opens Dr Fontaine’s on-call hours to the emergency motifs only, and only hers', async () => {
    await ok(
      practice.admin.call('agenda.addException', {
        practitionerId: practice.fontaine,
        date: ascension,
        startTime: '09:00',
        endTime: '13:00',
        kind: 'on-call',
        label: 'garde de l’Ascension',
      }),
    );
    const listed = await ok<{ kind: string; onCallScope: string }[]>(
      practice.admin.call('agenda.exceptions', { from: ascension }),
    );
    expect(listed).toContainEqual(expect.objectContaining({ kind: 'on-call', onCallScope: 'emergency' }));
    const emergency = await practice.find({ urgency: 'urgence-jour' });
    expect(emergency[0]).toMatchObject({ practitionerId: practice.fontaine, date: ascension, time: '09:00' });
    expect(emergency.every((slot) => slot.practitionerId === practice.fontaine && slot.date === ascension)).toBe(true);

    const booked = await practice.book({
      patientId: patient,
      practitionerId: practice.fontaine,
      date: ascension,
      time: '09:00',
      urgency: 'urgence-jour',
    });
    expect(booked.ok).toBe(true);
    // A cast is not an emergency motif: not offered, and refused when asked for.
    expect(await practice.find({ motifId: practice.plaster, urgency: 'urgence-jour' })).toEqual([]);
    const cast = await practice.book({
      motifId: practice.plaster,
      patientId: await practice.newPatient(),
      practitionerId: practice.fontaine,
      date: ascension,
      time: '10:00',
    });
    expect(cast.ok).toBe(false);
    if (!cast.ok) expect(cast.error.fields).toHaveProperty('motifId');
  });

  it('opens a Sunday on-call period to every motif when the practice says so', async () => {
    const sunday = '2027-05-09';
    await ok(
      practice.admin.call('agenda.addException', {
        practitionerId: practice.bertin,
        date: sunday,
        startTime: '10:00',
        endTime: '11:00',
        kind: 'on-call',
        onCallScope: 'all',
      }),
    );
    const casts = await practice.find({ motifId: practice.plaster, after: sunday, limit: 3 });
    expect([casts[0]?.practitionerId, casts[0]?.date, casts[0]?.time]).toEqual([practice.bertin, sunday, '10:00']);
    // Only Dr Bertin is on call that Sunday: nobody else is offered on it.
    expect(casts.filter((slot) => slot.date === sunday).every((slot) => slot.practitionerId === practice.bertin)).toBe(
      true,
    );
  });
});
