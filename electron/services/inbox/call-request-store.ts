import { createHash } from 'node:crypto';
import type { Db } from '../../../db/connection.js';
import type { CategoryCode } from '../../api/common/schemas/inbox-protocol.js';
import type { MessageState } from '../../api/common/schemas/inbox.js';

/** A telephone call as a request of the queue (issue 26): what the calls area hands over. */
export interface CallRequest {
  readonly at: string;
  readonly number: string;
  readonly callerLabel: string;
  readonly subject: string;
  readonly notes: string;
  readonly category: CategoryCode;
  readonly categoryRank: number;
  readonly suggestedCategory: CategoryCode;
  readonly reasonsJson: string;
  readonly decidingRulesJson: string;
  readonly dueAt: string | null;
  readonly state: MessageState;
  readonly assignedTo: number | null;
  readonly patientId: number | null;
  readonly patientEvidence: string;
  readonly reviewRequested: boolean;
}

/** The one statement that puts a call in mail_messages; kept apart from the mail's store, which it would push past its size. */
export function createCallRequestStore(db: Db) {
  const insertThread = db.prepare('INSERT INTO mail_threads (subject_key, sender, created_at) VALUES (?, ?, ?)');
  const insert = db.prepare(`INSERT INTO mail_messages (
      account_id, folder, raw_sha256, direction, thread_id, from_name, from_address, to_text, subject, sent_at,
      received_at, body_text, category, category_rank, suggested_category, reasons_json, deciding_rules_json, due_at,
      state, assigned_to, patient_id, patient_evidence, review_requested, channel)
    VALUES (NULL, '', @raw, 'in', @thread, @caller, @number, '', @subject, @at, @at, @notes, @category, @rank,
      @suggested, @reasons, @rules, @due, @state, @assigned, @patient, @evidence, @review, 'telephone')`);
  return {
    insert: db.transaction((call: CallRequest): number => {
      const thread = Number(insertThread.run(`appel ${call.number}`, call.number, call.at).lastInsertRowid);
      // A call has no raw bytes; its hash keys the row like a message's (the column is required).
      const raw = createHash('sha256').update(`appel\n${call.at}\n${call.number}\n${call.notes}`).digest('hex');
      return Number(
        insert.run({
          raw,
          thread,
          caller: call.callerLabel,
          number: call.number,
          subject: call.subject,
          at: call.at,
          notes: call.notes,
          category: call.category,
          rank: call.categoryRank,
          suggested: call.suggestedCategory,
          reasons: call.reasonsJson,
          rules: call.decidingRulesJson,
          due: call.dueAt,
          state: call.state,
          assigned: call.assignedTo,
          patient: call.patientId,
          evidence: call.patientEvidence,
          review: call.reviewRequested ? 1 : 0,
        }).lastInsertRowid,
      );
    }),
  };
}
