import type { PaumeCore } from '../electron/core/paume-core.js';
import { patientInput } from '../tests/helpers/patients.js';

/**
 * A theatre day of `cases` cases in 4 rooms, one new patient each (WALANT and regional blocks in
 * turn), for the J-1 and J+1 benchmarks; `each` adds what that benchmark needs to a patient's case.
 */
export function benchTheatreDay(
  core: PaumeCore,
  actor: { userId: number; seat: string },
  day: string,
  cases: number,
  each: (patientId: number, caseId: number) => void = () => undefined,
): number[] {
  const { services } = core;
  const { confirmNotDuplicate: _confirm, ...fields } = patientInput();
  const caseIds: number[] = [];
  for (let room = 1; room <= 4; room += 1) {
    const { id: sessionId } = services.theatre.createSession(
      { date: day, room: String(room), surgeonId: null, anaesthetist: '', scrubNurse: '', circulatingNurse: '' },
      actor,
    );
    for (let slot = 0; slot < cases / 4; slot += 1) {
      const patientId = services.patients.create(
        { ...fields, birthName: `Patient${room}-${slot}`, nir: '' },
        true,
        actor,
      );
      const { id } = services.theatre.addCase(
        {
          sessionId,
          patientId,
          procedure: 'Canal carpien',
          side: 'right',
          digits: [],
          zone: 'poignet',
          plannedAnaesthesia: slot % 2 === 0 ? 'walant' : 'regional',
          estimatedMinutes: 30,
          turnoverMinutes: 15,
          notes: '',
        },
        actor,
      );
      each(patientId, id);
      caseIds.push(id);
    }
  }
  return caseIds;
}
