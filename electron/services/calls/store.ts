import type { Db } from '../../../db/connection.js';
import type { CallerKind, CallOutcome } from '../../api/common/schemas/calls.js';
import type { CategoryCode } from '../../api/common/schemas/inbox-protocol.js';
import type { MessageState } from '../../api/common/schemas/inbox.js';

export interface NewCallRow {
  at: string;
  number: string;
  callerKind: CallerKind;
  callerName: string;
  patientId: number | null;
  notes: string;
  category: CategoryCode;
  suggestedCategory: CategoryCode;
  loweringReason: string;
  reasonsJson: string;
  outcome: CallOutcome;
  outcomeDetail: string;
  requestId: number;
  takenBy: number;
}

export interface CallRow {
  id: number;
  at: string;
  number: string;
  caller_kind: CallerKind;
  caller_name: string;
  patient_id: number | null;
  notes: string;
  category: CategoryCode;
  suggested_category: CategoryCode;
  lowering_reason: string;
  outcome: CallOutcome;
  outcome_detail: string;
  message_id: number;
  taken_by_name: string;
  state: MessageState;
  assigned_name: string | null;
  due_at: string | null;
}

export function createCallsStore(db: Db) {
  const insert = db.prepare(`INSERT INTO calls (at, number, caller_kind, caller_name, patient_id, notes, category,
      suggested_category, lowering_reason, reasons_json, outcome, outcome_detail, message_id, taken_by)
    VALUES (@at, @number, @callerKind, @callerName, @patientId, @notes, @category, @suggestedCategory,
      @loweringReason, @reasonsJson, @outcome, @outcomeDetail, @requestId, @takenBy)`);
  // The call's request lives in the queue (mail_messages): its state and assignment are read
  // from there, so the cahier shows where each call stands now.
  const between = db.prepare<[string, string], CallRow>(`SELECT c.*, t.display_name AS taken_by_name,
      m.state, m.due_at, a.display_name AS assigned_name
    FROM calls c JOIN users t ON t.id = c.taken_by JOIN mail_messages m ON m.id = c.message_id
    LEFT JOIN users a ON a.id = m.assigned_to
    WHERE c.at >= ? AND c.at < ? ORDER BY c.at DESC, c.id DESC LIMIT 2000`);
  const firstAid = db.prepare<[], { category: CategoryCode; instructions: string }>(
    'SELECT category, instructions FROM call_first_aid',
  );
  const saveFirstAid = db.prepare(`INSERT INTO call_first_aid (category, instructions, updated_by, updated_at)
    VALUES (?, ?, ?, ?) ON CONFLICT (category) DO UPDATE SET instructions = excluded.instructions,
      updated_by = excluded.updated_by, updated_at = excluded.updated_at`);
  return {
    insert: (call: NewCallRow): number => Number(insert.run(call).lastInsertRowid),
    between: (fromIso: string, toIso: string): CallRow[] => between.all(fromIso, toIso),
    firstAid: () => firstAid.all(),
    saveFirstAid: (category: CategoryCode, instructions: string, userId: number, now: string): void => {
      saveFirstAid.run(category, instructions, userId, now);
    },
    inTransaction: <T>(work: () => T): T => db.transaction(work)(),
  };
}
export type CallsStore = ReturnType<typeof createCallsStore>;
