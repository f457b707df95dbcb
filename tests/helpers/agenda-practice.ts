import { patientInput } from './patients.js';
import { surgeonInput, RPPS } from './practitioners.js';
import { caller, FIRST_ADMIN, manualClock, openTempCore, ok } from './temp-core.js';

export interface FoundSlot {
  practitionerId: number;
  date: string;
  time: string;
  heldForEmergencies: boolean;
  why: string[];
}

/**
 * A small hand-emergency practice for the agenda tests of issue 24, its clock set by the test:
 * Dr Fontaine and Dr Bertin consult Monday to Friday 09:00–11:00, then 11:00–12:00 held for
 * emergencies and released the same day at 11:00; « Consultation » (30 min) is allowed on
 * emergency slots, « Plâtre » (20 min) is not; « Bilan » (30 min) is Dr Bertin's only.
 */
export async function openAgendaPractice(startIso: string) {
  const clock = manualClock(Date.parse(startIso));
  const opened = await openTempCore(clock);
  const admin = caller(opened.core);
  await ok(admin.call('setup.initialize', FIRST_ADMIN));
  const practitioner = async (name: string, rpps: string) =>
    (await ok<{ id: number }>(admin.call('practice.addPractitioner', surgeonInput(name, rpps)))).id;
  const fontaine = await practitioner('Fontaine', RPPS.a);
  const bertin = await practitioner('Bertin', RPPS.b);
  const motif = async (input: Record<string, unknown>) =>
    (await ok<{ id: number }>(admin.call('agenda.saveMotif', input))).id;
  const consult = await motif({
    label: 'Consultation',
    durationMinutes: 30,
    practitionerIds: [fontaine, bertin],
    emergencyAllowed: true,
  });
  const plaster = await motif({ label: 'Plâtre', durationMinutes: 20, practitionerIds: [fontaine, bertin] });
  const review = await motif({ label: 'Bilan', durationMinutes: 30, practitionerIds: [bertin] });
  for (const practitionerId of [fontaine, bertin])
    for (const weekday of [1, 2, 3, 4, 5]) {
      const period = { practitionerId, weekday, validFrom: '2026-01-01' };
      await ok(admin.call('agenda.addPeriod', { ...period, startTime: '09:00', endTime: '11:00' }));
      await ok(
        admin.call('agenda.addPeriod', {
          ...period,
          startTime: '11:00',
          endTime: '12:00',
          heldForEmergencies: true,
          release: 'same-day-11',
        }),
      );
    }
  let patients = 0;
  const newPatient = async (birthName = `Patient${String.fromCharCode(65 + patients)}`) => {
    patients += 1;
    return (
      await ok<{ id: number }>(
        admin.call('patients.create', patientInput({ birthName, birthDate: `1970-01-${String(10 + patients)}` })),
      )
    ).id;
  };
  return {
    core: opened.core,
    admin,
    fontaine,
    bertin,
    consult,
    plaster,
    review,
    newPatient,
    dispose: opened.dispose,
    /** Sets the clock forward to a moment given as an instant, and signs in again (the session expired meanwhile). */
    async moveTo(iso: string) {
      clock.advance(Date.parse(iso) - clock());
      await ok(admin.call('auth.login', { login: FIRST_ADMIN.login, password: FIRST_ADMIN.password }));
    },
    find: (input: Record<string, unknown>) =>
      ok<FoundSlot[]>(admin.call('agenda.findSlots', { motifId: consult, ...input })),
    book: (input: Record<string, unknown>) => admin.call('agenda.book', { motifId: consult, ...input }),
  };
}
