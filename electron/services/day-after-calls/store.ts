import type { Db } from '../../../db/connection.js';
import type { DayAfterThresholds } from '../../api/common/schemas/day-after-calls.js';

export interface NewDayAfterRow {
  caseId: number;
  patientId: number;
  at: string;
  reached: 0 | 1;
  answersJson: string;
  alertsJson: string;
  requestId: number | null;
  notes: string;
  userId: number;
}

export interface DayAfterRow {
  case_id: number;
  at: string;
  reached: 0 | 1;
  answers_json: string;
  alerts_json: string;
  request_id: number | null;
  notes: string;
  by: string;
}

const SELECT = `SELECT d.case_id, d.at, d.reached, d.answers_json, d.alerts_json, d.request_id, d.notes,
    u.display_name AS by FROM day_after_calls d JOIN users u ON u.id = d.user_id`;

export function createDayAfterCallsStore(db: Db) {
  const insert = db.prepare(`INSERT INTO day_after_calls
      (case_id, patient_id, at, reached, answers_json, alerts_json, request_id, notes, user_id)
    VALUES (@caseId, @patientId, @at, @reached, @answersJson, @alertsJson, @requestId, @notes, @userId)`);
  const ofCases = db.prepare<[string], DayAfterRow>(
    `${SELECT} WHERE d.case_id IN (SELECT value FROM json_each(?)) ORDER BY d.at, d.id`,
  );
  const ofPatient = db.prepare<[number], DayAfterRow>(`${SELECT} WHERE d.patient_id = ? ORDER BY d.at DESC, d.id DESC`);
  const thresholds = db.prepare<[], { pain_at_least: number; temperature_at_least: number; no_answer_by: string }>(
    'SELECT pain_at_least, temperature_at_least, no_answer_by FROM day_after_thresholds WHERE id = 1',
  );
  const setThresholds = db.prepare(`INSERT INTO day_after_thresholds
      (id, pain_at_least, temperature_at_least, no_answer_by, user_id, updated_at)
    VALUES (1, @painAtLeast, @temperatureAtLeast, @noAnswerBy, @userId, @at)
    ON CONFLICT (id) DO UPDATE SET pain_at_least = excluded.pain_at_least,
      temperature_at_least = excluded.temperature_at_least, no_answer_by = excluded.no_answer_by,
      user_id = excluded.user_id, updated_at = excluded.updated_at`);
  return {
    insert: (row: NewDayAfterRow): number => Number(insert.run(row).lastInsertRowid),
    /** Every attempt on these cases, oldest first: one read for the whole list. */
    ofCases: (caseIds: readonly number[]): DayAfterRow[] => ofCases.all(JSON.stringify(caseIds)),
    /** The patient's J+1 calls, newest first (the « Échanges » tab). */
    ofPatient: (patientId: number): DayAfterRow[] => ofPatient.all(patientId),
    /** The thresholds set in Cabinet, or null while the defaults hold. */
    thresholds: (): DayAfterThresholds | null => {
      const row = thresholds.get();
      return row
        ? { painAtLeast: row.pain_at_least, temperatureAtLeast: row.temperature_at_least, noAnswerBy: row.no_answer_by }
        : null;
    },
    setThresholds: (value: DayAfterThresholds, userId: number, at: string): void => {
      setThresholds.run({ ...value, userId, at });
    },
    inTransaction: <T>(work: () => T): T => db.transaction(work)(),
  };
}
export type DayAfterCallsStore = ReturnType<typeof createDayAfterCallsStore>;
