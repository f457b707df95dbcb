import type { Clock } from '../../lib/clock.js';
import type { PatientsService } from '../patients/service.js';
import type { TheatreService } from '../theatre/service.js';
import type { PatientFacts } from './intake.js';

/** What triage knows of a patient: days since the last operation (counted from its midday), an open work accident. */
export function patientFactsReader(deps: {
  patients: PatientsService;
  theatre: TheatreService;
  clock: Clock;
}): (patientId: number) => PatientFacts {
  return (patientId) => {
    const last = deps.theatre.lastOperation(patientId);
    const patient = deps.patients.require(patientId).fields;
    return {
      operatedDaysAgo: last === null ? null : Math.floor((deps.clock() - Date.parse(`${last}T12:00:00Z`)) / 86_400_000),
      openWorkAccident: patient.workAccident,
    };
  };
}
