import type { Alert } from '../../api/common/schemas/patient-file.js';
import type { Actor } from '../audit/service.js';

/** A patient's alerts (allergies, anticoagulants...), as the file and the theatre list read them. */
export interface AlertsService {
  add(patientId: number, kind: Alert['kind'], detail: string, actor: Actor): Alert[];
  /** A vital alert is lifted with a reason (issue 10), kept in the history, undoable for a while. */
  deactivate(id: number, reason: string, actor: Actor): Alert[];
  /** Puts back an alert lifted by mistake, within ALERT_UNDO_MINUTES of its lifting. */
  reactivate(id: number, actor: Actor): Alert[];
  forPatient: (patientId: number) => Alert[];
  /** Whose file an alert is on (for the event that refreshes it). */
  patientOf: (id: number) => number | undefined;
}
