import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patientInput } from '../helpers/patients.js';
import { caller, FIRST_ADMIN, manualClock, openTempCore, ok } from '../helpers/temp-core.js';
import { surgeonInput } from '../helpers/practitioners.js';

/** The waiting room (issue 12): each patient's step with its time, walk-ins, every seat told. */
const clock = manualClock(Date.parse('2026-11-26T08:00:00Z')); // Thursday, 09:00 in Paris
let opened: Awaited<ReturnType<typeof openTempCore>>;
let admin: ReturnType<typeof caller>;
let surgeon: number;
let motif: number;
let patient: number;
const changes: string[] = [];

beforeAll(async () => {
  opened = await openTempCore(clock);
  admin = caller(opened.core);
  await ok(admin.call('setup.initialize', FIRST_ADMIN));
  surgeon = (await ok<{ id: number }>(admin.call('practice.addPractitioner', surgeonInput('Fontaine')))).id;
  motif = (
    await ok<{ id: number }>(
      admin.call('agenda.saveMotif', { label: 'Consultation', durationMinutes: 20, practitionerIds: [surgeon] }),
    )
  ).id;
  await ok(
    admin.call('agenda.addPeriod', {
      practitionerId: surgeon,
      weekday: 4,
      startTime: '08:00',
      endTime: '12:00',
      validFrom: '2026-01-01',
    }),
  );
  patient = (await ok<{ id: number }>(admin.call('patients.create', patientInput()))).id;
  opened.core.events.subscribe((name, payload) => {
    if (name === 'agenda.changed') changes.push((payload as { date: string }).date);
  });
});
afterAll(() => {
  opened.dispose();
});

/** Time passes (the idle seat locks after ten minutes: unlocked, as the secretary would). */
async function later(minutes: number) {
  clock.advance(minutes * 60_000);
  await admin.call('auth.unlock', { password: FIRST_ADMIN.password });
}

type Entry = {
  id: number;
  patientId: number;
  flow: string;
  flowTimes: Record<string, string>;
  walkIn: boolean;
  time: string;
  status: string;
};
const room = () => ok<Entry[]>(admin.call('agenda.waitingRoom', { date: '2026-11-26' }));

describe('the waiting room', () => {
  it('follows a patient from expected to seen, each step timed, every seat told', async () => {
    const booked = await ok<{ id: number }>(
      admin.call('agenda.book', {
        patientId: patient,
        practitionerId: surgeon,
        motifId: motif,
        date: '2026-11-26',
        time: '10:00',
      }),
    );
    expect((await room()).find((entry) => entry.id === booked.id)?.flow).toBe('expected');
    await later(40);
    await ok(admin.call('agenda.setFlow', { id: booked.id, flow: 'arrived' }));
    await later(5);
    await ok(admin.call('agenda.setFlow', { id: booked.id, flow: 'in-consultation' }));
    const entry = (await room()).find((candidate) => candidate.id === booked.id);
    expect(entry?.flow).toBe('in-consultation');
    expect(entry?.flowTimes.arrived).toBe('2026-11-26T08:40:00.000Z');
    expect(entry?.flowTimes['in-consultation']).toBe('2026-11-26T08:45:00.000Z');
    expect(changes.filter((date) => date === '2026-11-26').length).toBeGreaterThanOrEqual(3);
  });

  it('adds a walk-in emergency in one step, arrived now, between the booked patients', async () => {
    const other = (
      await ok<{ id: number }>(
        admin.call('patients.create', { ...patientInput({ birthName: 'Urgent' }), confirmNotDuplicate: true }),
      )
    ).id;
    const { id } = await ok<{ id: number }>(
      admin.call('agenda.walkIn', { patientId: other, practitionerId: surgeon, motifId: motif }),
    );
    const entry = (await room()).find((candidate) => candidate.id === id);
    expect(entry).toMatchObject({ walkIn: true, flow: 'arrived', time: '09:45' });
  });

  it('records an absence as a no-show once the time has come, and takes it back the same day', async () => {
    const booked = await ok<{ id: number }>(
      admin.call('agenda.book', {
        patientId: patient,
        practitionerId: surgeon,
        motifId: motif,
        date: '2026-11-26',
        time: '11:00',
      }),
    );
    const early = await admin.call('agenda.setFlow', { id: booked.id, flow: 'absent' });
    expect(early).toMatchObject({ ok: false, error: { fields: { flow: 'trop tôt' } } });
    expect(JSON.stringify(early)).toContain('11:00');
    await later(80); // 11:05
    await ok(admin.call('agenda.setFlow', { id: booked.id, flow: 'absent' }));
    expect((await room()).find((entry) => entry.id === booked.id)).toMatchObject({ status: 'no-show', flow: 'absent' });
    // The patient walks in late: the absence is taken back, they are expected again.
    const undone = await ok<{ noShows: number }>(admin.call('agenda.undoNoShow', { id: booked.id }));
    expect(undone.noShows).toBe(0);
    const back = (await room()).find((entry) => entry.id === booked.id);
    expect(back).toMatchObject({ status: 'booked', flow: 'expected' });
    expect(back?.flowTimes.absent).toBeUndefined();
  });
});
