import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../electron/server/http-server.js';
import { httpClient, startTestServer } from '../helpers/http.js';
import { patientInput } from '../helpers/patients.js';
import { caller, FIRST_ADMIN, manualClock, openTempCore, RPPS, ok } from '../helpers/temp-core.js';
import { surgeonInput } from '../helpers/practitioners.js';

/**
 * The agenda's core (issue 12) on a real SQLite file and the HTTP API: Europe/Paris across both
 * changes of hour and a 29 February, slots held for emergencies, the slot finder's windows,
 * bookings refused with their reason, one slot booked by two seats at once, the waiting list.
 */
// Friday 27 March 2026, 10:00 in Paris (UTC+1); the clocks go forward on Sunday the 29th.
const clock = manualClock(Date.parse('2026-03-27T09:00:00Z'));
let opened: Awaited<ReturnType<typeof openTempCore>>;
let admin: ReturnType<typeof caller>;
let server: RunningServer;
let surgeon: number;
let other: number;
let patient: number;
let consult: number;
let dressing: number;

beforeAll(async () => {
  opened = await openTempCore(clock);
  admin = caller(opened.core);
  await ok(admin.call('setup.initialize', FIRST_ADMIN));
  const practitioner = (rpps: string, lastName: string) =>
    ok<{ id: number }>(admin.call('practice.addPractitioner', surgeonInput(lastName, rpps)));
  surgeon = (await practitioner(RPPS.a, 'Fontaine')).id;
  other = (await practitioner(RPPS.b, 'Bertin')).id;
  patient = (await ok<{ id: number }>(admin.call('patients.create', patientInput()))).id;
  consult = (
    await ok<{ id: number }>(
      admin.call('agenda.saveMotif', {
        label: 'Consultation',
        durationMinutes: 30,
        practitionerIds: [surgeon, other],
        emergencyAllowed: true,
      }),
    )
  ).id;
  dressing = (
    await ok<{ id: number }>(
      admin.call('agenda.saveMotif', { label: 'Pansement', durationMinutes: 15, practitionerIds: [other] }),
    )
  ).id;
  for (const weekday of [1, 2, 3, 4, 5]) {
    await ok(
      admin.call('agenda.addPeriod', {
        practitionerId: surgeon,
        weekday,
        startTime: '08:00',
        endTime: '12:00',
        validFrom: '2026-01-01',
      }),
    );
    await ok(
      admin.call('agenda.addPeriod', {
        practitionerId: surgeon,
        weekday,
        startTime: '14:00',
        endTime: '15:00',
        heldForEmergencies: true,
        release: 'same-day-11',
        validFrom: '2026-01-01',
      }),
    );
  }
  server = await startTestServer(opened.core);
});
afterAll(async () => {
  await server.close();
  opened.dispose();
});

const book = (input: Record<string, unknown>) =>
  admin.call('agenda.book', { patientId: patient, practitionerId: surgeon, motifId: consult, ...input });

describe('time done right', () => {
  it('keeps 09:00 at 09:00 across both changes of hour', async () => {
    const before = await ok<{ id: number }>(book({ date: '2026-03-27', time: '11:00' }));
    const after = await ok<{ id: number }>(book({ date: '2026-03-30', time: '09:00' }));
    const october = await ok<{ id: number }>(book({ date: '2026-10-26', time: '09:00' }));
    const instant = (id: number) =>
      opened.core.db.prepare('SELECT starts_at, local_time FROM agenda_appointments WHERE id = ?').get(id) as {
        starts_at: string;
        local_time: string;
      };
    expect(instant(before.id)).toEqual({ starts_at: '2026-03-27T10:00:00.000Z', local_time: '11:00' });
    expect(instant(after.id)).toEqual({ starts_at: '2026-03-30T07:00:00.000Z', local_time: '09:00' });
    expect(instant(october.id)).toEqual({ starts_at: '2026-10-26T08:00:00.000Z', local_time: '09:00' });
  });

  it('counts « within 72 hours » on real time across the change of hour', async () => {
    const slots = await ok<{ date: string; time: string }[]>(
      admin.call('agenda.findSlots', {
        motifId: consult,
        practitionerIds: [surgeon],
        urgency: 'semi-urgent',
        limit: 50,
      }),
    );
    const monday = slots.filter((slot) => slot.date === '2026-03-30').map((slot) => slot.time);
    // Friday 10:00 + 72 h is Monday 11:00 in Paris (one hour was lost on Sunday), not 10:00.
    expect(monday).toContain('08:00');
    expect(slots.every((slot) => `${slot.date}T${slot.time}` < '2026-03-30T11:00')).toBe(true);
    expect(slots.some((slot) => slot.date === '2026-03-31')).toBe(false);
  });

  it('books on a 29 February', async () => {
    const leap = await openTempCore(manualClock(Date.parse('2028-02-25T09:00:00Z')));
    try {
      const owner = caller(leap.core);
      await ok(owner.call('setup.initialize', FIRST_ADMIN));
      const id = (
        await ok<{ id: number }>(owner.call('practice.addPractitioner', surgeonInput('Bissextile', RPPS.a, 'Léa')))
      ).id;
      const motifId = (
        await ok<{ id: number }>(
          owner.call('agenda.saveMotif', { label: 'Consultation', durationMinutes: 20, practitionerIds: [id] }),
        )
      ).id;
      await ok(
        owner.call('agenda.addPeriod', {
          practitionerId: id,
          weekday: 2,
          startTime: '09:00',
          endTime: '12:00',
          validFrom: '2028-01-01',
        }),
      );
      const slots = await ok<{ date: string; time: string }[]>(
        owner.call('agenda.findSlots', { motifId, after: '28/02/2028', limit: 1 }),
      );
      expect(slots[0]).toMatchObject({ date: '2028-02-29', time: '09:00' });
      const patientId = (await ok<{ id: number }>(owner.call('patients.create', patientInput()))).id;
      const booked = await ok<{ date: string; time: string }>(
        owner.call('agenda.book', { patientId, practitionerId: id, motifId, date: '29/02/2028', time: '09:20' }),
      );
      expect(booked).toMatchObject({ date: '2028-02-29', time: '09:20' });
    } finally {
      leap.dispose();
    }
  });
});

describe('slots held for emergencies', () => {
  it('gives today’s held slot to an emergency, with why; not to a scheduled visit before 11:00', async () => {
    const urgent = await ok<{ date: string; time: string; why: string[] }[]>(
      admin.call('agenda.findSlots', {
        motifId: consult,
        practitionerIds: [surgeon],
        urgency: 'urgence-jour',
        afternoons: true,
      }),
    );
    expect(urgent[0]).toMatchObject({ date: '2026-03-27', time: '14:00' });
    expect(urgent[0]?.why).toContain('créneau réservé aux urgences');
    const refused = await book({ date: '2026-03-27', time: '14:30', urgency: 'programme' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/réservé aux urgences/);
    clock.advance(2 * 3_600_000); // 12:00: released to everyone (the idle seat locked meanwhile)
    await ok(admin.call('auth.unlock', { password: FIRST_ADMIN.password }));
    expect((await book({ date: '2026-03-27', time: '14:30', urgency: 'programme' })).ok).toBe(true);
    clock.advance(-2 * 3_600_000);
  });
});

describe('bookings refused with their reason, nothing half-saved', () => {
  const cases: [string, Record<string, unknown>, RegExp, string][] = [
    ['outside opening hours', { date: '2026-04-01', time: '13:00' }, /en dehors des heures d’ouverture/, 'time'],
    ['in the past', { date: '2026-03-26', time: '09:00' }, /déjà passé/, 'time'],
    ['on a public holiday', { date: '2026-04-06', time: '09:00' }, /jour férié \(Lundi de Pâques\)/, 'date'],
    [
      'a motif the practitioner does not do',
      { date: '2026-04-01', time: '09:00', motifId: 0 },
      /ne fait pas ce motif/,
      'motifId',
    ],
  ];
  for (const [name, input, message, field] of cases) {
    it(name, async () => {
      const count = () =>
        (opened.core.db.prepare('SELECT count(*) AS n FROM agenda_appointments').get() as { n: number }).n;
      const before = count();
      const answer = await book(input.motifId === 0 ? { ...input, motifId: dressing } : input);
      expect(answer.ok).toBe(false);
      if (!answer.ok) {
        expect(answer.error.message).toMatch(message);
        expect(answer.error.fields?.[field]).toBeTruthy();
      }
      expect(count()).toBe(before);
    });
  }

  it('an overlapping booking, and 100,000-character notes', async () => {
    await ok(book({ date: '2026-04-02', time: '09:00' }));
    const overlap = await book({ date: '2026-04-02', time: '09:00', patientId: patient });
    expect(!overlap.ok && overlap.error.code).toBe('CONFLICT');
    const huge = await book({ date: '2026-04-02', time: '10:00', notes: 'x'.repeat(100_000) });
    expect(!huge.ok && huge.error.fields?.notes).toBeTruthy();
  });
});

describe('moving and printing', () => {
  it('moves an appointment with its reason, even over its own old slot; a refused move keeps it', async () => {
    const booked = await ok<{ id: number }>(book({ date: '2026-04-08', time: '09:00' }));
    const moved = await ok<{ appointment: { id: number; time: string } }>(
      admin.call('agenda.move', {
        id: booked.id,
        date: '08/04/2026',
        time: '09:20',
        reason: 'le patient arrive en train',
      }),
    );
    expect(moved.appointment.time).toBe('09:20');
    const old = opened.core.db
      .prepare('SELECT status, cancel_reason FROM agenda_appointments WHERE id = ?')
      .get(booked.id);
    expect(old).toEqual({ status: 'cancelled', cancel_reason: 'déplacé : le patient arrive en train' });
    const refused = await admin.call('agenda.move', {
      id: moved.appointment.id,
      date: '2026-04-06',
      time: '09:00',
      reason: 'essai',
    });
    expect(!refused.ok && refused.error.message).toMatch(/jour férié/);
    const still = opened.core.db
      .prepare('SELECT status FROM agenda_appointments WHERE id = ?')
      .get(moved.appointment.id);
    expect(still).toEqual({ status: 'booked' });
  });

  it('prints the practitioner’s day as a PDF', async () => {
    const file = await ok<{ fileName: string; contentBase64: string }>(
      admin.call('agenda.dayPdf', { practitionerId: surgeon, date: '2026-04-08' }),
    );
    expect(file.fileName).toBe('rendez-vous-2026-04-08.pdf');
    expect(Buffer.from(file.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('two seats, one slot', () => {
  it('gives the slot to exactly one of two simultaneous bookings', async () => {
    const first = httpClient(server);
    const second = httpClient(server);
    await first.post('auth.login', { login: FIRST_ADMIN.login, password: FIRST_ADMIN.password });
    await second.post('auth.login', { login: FIRST_ADMIN.login, password: FIRST_ADMIN.password });
    const body = { patientId: patient, practitionerId: surgeon, motifId: consult, date: '2026-04-03', time: '08:30' };
    const answers = await Promise.all([first.post('agenda.book', body), second.post('agenda.book', body)]);
    expect(answers.map((answer) => JSON.stringify(answer.body)).join(' ')).toMatch(/Créneau déjà pris/);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const loser = answers.find((answer) => answer.status === 409);
    expect(JSON.stringify(loser?.body)).toMatch(/Créneau déjà pris/);
  });
});

describe('the waiting list', () => {
  it('offers a cancelled slot to those waiting for the motif, in the order they asked', async () => {
    const waiting = async (birthName: string) => {
      const id = (
        await ok<{ id: number }>(
          admin.call('patients.create', { ...patientInput({ birthName }), confirmNotDuplicate: true }),
        )
      ).id;
      await ok(admin.call('agenda.addWaiting', { patientId: id, motifId: consult }));
      clock.advance(60_000);
      return id;
    };
    const firstAsked = await waiting('Premier');
    const secondAsked = await waiting('Second');
    const appointment = await ok<{ id: number }>(book({ date: '2026-04-03', time: '11:00' }));
    const cancelled = await ok<{ offers: { patientId: number }[] }>(
      admin.call('agenda.cancel', { id: appointment.id, reason: 'empêchement du patient' }),
    );
    expect(cancelled.offers.map((offer) => offer.patientId)).toEqual([firstAsked, secondAsked]);
    await ok(
      admin.call('agenda.book', {
        patientId: firstAsked,
        practitionerId: surgeon,
        motifId: consult,
        date: '2026-04-03',
        time: '11:00',
      }),
    );
    const again = await ok<{ id: number }>(book({ date: '2026-04-03', time: '10:00' }));
    // A no-show is noted once the appointment's time has come (issue 24 point 14): 11:00 that day.
    const jump = Date.parse('2026-04-03T09:00:00Z') - clock();
    clock.advance(jump);
    await ok(admin.call('auth.login', { login: FIRST_ADMIN.login, password: FIRST_ADMIN.password }));
    const next = await ok<{ offers: { patientId: number }[]; noShows: number }>(
      admin.call('agenda.cancel', { id: again.id, reason: 'absent', noShow: true }),
    );
    clock.advance(-jump);
    await ok(admin.call('auth.login', { login: FIRST_ADMIN.login, password: FIRST_ADMIN.password }));
    expect(next.offers.map((offer) => offer.patientId)).toEqual([secondAsked]);
    expect(next.noShows).toBe(1);
  });

  it('closes the inbox message a booking was made from', async () => {
    const { id } = await opened.core.services.inbox.takeRaw(
      Buffer.from('From: p@example.fr\r\nSubject: rdv\r\n\r\nUn rendez-vous ?\r\n'),
      'test',
    );
    await ok(book({ date: '2026-04-07', time: '09:00', inboxMessageId: id }));
    expect(
      (opened.core.db.prepare('SELECT state FROM mail_messages WHERE id = ?').get(id) as { state: string }).state,
    ).toBe('traite');
  });
});
