import type { Db } from '../../../db/connection.js';
import type { Anaesthesia } from '../../api/common/schemas/theatre.js';

export interface NewAttemptRow {
  caseId: number;
  patientId: number;
  at: string;
  reached: 0 | 1;
  answersJson: string;
  anaesthesiaBefore: Anaesthesia | null;
  anaesthesiaAfter: Anaesthesia | null;
  notes: string;
  userId: number;
}

export interface AttemptRow {
  case_id: number;
  at: string;
  reached: 0 | 1;
  anaesthesia_before: Anaesthesia | null;
  anaesthesia_after: Anaesthesia | null;
  notes: string;
  by: string;
}

export function createDayBeforeCallsStore(db: Db) {
  const insert =
    db.prepare(`INSERT INTO day_before_calls (case_id, patient_id, at, reached, answers_json, anaesthesia_before,
      anaesthesia_after, notes, user_id)
    VALUES (@caseId, @patientId, @at, @reached, @answersJson, @anaesthesiaBefore, @anaesthesiaAfter, @notes, @userId)`);
  const ofCases = db.prepare<[string], AttemptRow>(`SELECT d.case_id, d.at, d.reached, d.anaesthesia_before,
      d.anaesthesia_after, d.notes, u.display_name AS by
    FROM day_before_calls d JOIN users u ON u.id = d.user_id
    WHERE d.case_id IN (SELECT value FROM json_each(?)) ORDER BY d.at, d.id`);
  const ofPatient = db.prepare<[number], AttemptRow>(`SELECT d.case_id, d.at, d.reached, d.anaesthesia_before,
      d.anaesthesia_after, d.notes, u.display_name AS by
    FROM day_before_calls d JOIN users u ON u.id = d.user_id
    WHERE d.patient_id = ? ORDER BY d.at DESC, d.id DESC`);
  return {
    /** The patient's J-1 calls, newest first (the « Échanges » tab). */
    ofPatient: (patientId: number): AttemptRow[] => ofPatient.all(patientId),
    insert: (row: NewAttemptRow): number => Number(insert.run(row).lastInsertRowid),
    /** Every attempt on these cases, oldest first: one read for the whole list. */
    ofCases: (caseIds: readonly number[]): AttemptRow[] => ofCases.all(JSON.stringify(caseIds)),
    inTransaction: <T>(work: () => T): T => db.transaction(work)(),
  };
}
export type DayBeforeCallsStore = ReturnType<typeof createDayBeforeCallsStore>;
