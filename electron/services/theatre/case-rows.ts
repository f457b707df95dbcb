import type { EventBus } from '../../api/common/contract.js';
import { DomainError } from '../../api/common/result.js';
import type { CaseRow, TheatreStore } from './store.js';

/** A case as other areas and the theatre's handlers name it: who is operated, under which visit. */
export interface CaseRef {
  id: number;
  sessionId: number;
  patientId: number;
  visitId: number | null;
}

export const caseRefOf = (row: CaseRow): CaseRef => ({
  id: row.id,
  sessionId: row.session_id,
  patientId: row.patient_id,
  visitId: row.visit_id,
});

/** The theatre's own reading of a case row, shared by the list, the checklists and the operative report. */
export function caseRows(store: TheatreStore, events: EventBus) {
  return {
    /** The case's row, or NOT_FOUND on `caseId`. */
    require: (caseId: number): CaseRow => {
      const row = store.caseById(caseId);
      if (!row) throw new DomainError('NOT_FOUND', 'Intervention introuvable.', { caseId: 'intervention introuvable' });
      return row;
    },
    /** Every seat's list follows at once (event stream). */
    changed: (caseRow: CaseRow): void => {
      const date = store.sessionsDateOf(caseRow.session_id);
      if (date) events.emit('theatre.changed', { date });
    },
  };
}
