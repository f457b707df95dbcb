import { patientName } from '../../api/common/french.js';
import type { TriageReason } from '../../api/common/schemas/inbox-protocol.js';
import { UNREADABLE_MESSAGE, type QueueItem } from '../../api/common/schemas/inbox.js';
import type { PatientSummary } from '../../api/common/schemas/patients.js';
import type { MessageRow } from './store.js';

export const reasonsOf = (row: MessageRow) => JSON.parse(row.reasons_json) as TriageReason[];

const patientRef = (patient: PatientSummary) => ({
  id: patient.id,
  name: patientName(patient),
  birthDate: patient.birthDate,
});

/** A message (or a call) as the queue lists it, its patient named with the birth date. */
export function toQueueItem(row: MessageRow, patients: ReadonlyMap<number, PatientSummary>): QueueItem {
  const reasons = reasonsOf(row);
  const patient = row.patient_id === null ? undefined : patients.get(row.patient_id);
  return {
    id: row.id,
    subject: row.subject,
    fromName: row.from_name || row.from_address,
    fromAddress: row.from_address,
    receivedAt: row.received_at,
    category: row.category,
    corrected: row.category !== row.suggested_category,
    firstReason: reasons[0]?.label ?? '',
    dueAt: row.due_at,
    state: row.state,
    assignedTo: row.assigned_to === null ? null : { id: row.assigned_to, name: row.assigned_name ?? '' },
    snoozedUntil: row.snoozed_until,
    patient: patient ? patientRef(patient) : null,
    attachments: row.attachment_count,
    reviewRequested: row.review_requested === 1,
    unreadable: (JSON.parse(row.problems_json) as string[]).some((problem) => problem.startsWith(UNREADABLE_MESSAGE)),
    channel: row.channel,
  };
}
