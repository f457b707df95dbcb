import type { Db } from '../../../db/connection.js';
import type { AccessEntry } from '../../api/schemas/patient-file.js';
import type { AuditEntry } from '../../api/schemas/users.js';

interface AuditRow {
  id: number;
  at: string;
  user_id: number | null;
  user_name: string | null;
  seat: string;
  action: string;
  outcome: AuditEntry['outcome'];
  detail: string;
  patient_id: number | null;
  patient_name: string | null;
  previous_value: string | null;
}

export interface NewAuditEntry {
  at: string;
  userId: number | null;
  seat: string;
  action: string;
  outcome: AuditEntry['outcome'];
  detail: string;
  patientId?: number | null;
  previousValue?: string | null;
}

export interface AccessQuery {
  patientId: number | null;
  userId: number | null;
  from: string | null;
  to: string | null;
  limit: number;
}

// The name is put in capitals in JavaScript: SQLite's upper() knows only ASCII and wrote
// « BESANçON » (issue 10).
const SELECT = `SELECT a.*, u.display_name AS user_name,
    CASE WHEN p.id IS NULL THEN NULL ELSE p.birth_name || char(31) || p.first_names END AS patient_name
  FROM audit_log a LEFT JOIN users u ON u.id = a.user_id LEFT JOIN patients p ON p.id = a.patient_id`;

/** « Besançon\u001fLéa » → « BESANÇON Léa » */
function capitalisedName(joined: string): string {
  const [birthName = '', firstNames = ''] = joined.split('\u001f');
  return `${birthName.toLocaleUpperCase('fr-FR')} ${firstNames}`;
}

export function createAuditStore(db: Db) {
  const insert =
    db.prepare(`INSERT INTO audit_log (at, user_id, seat, action, outcome, detail, patient_id, previous_value)
    VALUES (@at, @userId, @seat, @action, @outcome, @detail, @patientId, @previousValue)`);
  const selectRecent = db.prepare<{ userId: number | null; limit: number }, AuditRow>(
    `${SELECT} WHERE @userId IS NULL OR a.user_id = @userId ORDER BY a.id DESC LIMIT @limit`,
  );
  const selectAccess = db.prepare<AccessQuery, AuditRow>(`${SELECT}
    WHERE a.patient_id IS NOT NULL
      AND (@patientId IS NULL OR a.patient_id = @patientId)
      AND (@userId IS NULL OR a.user_id = @userId)
      AND (@from IS NULL OR a.at >= @from)
      AND (@to IS NULL OR a.at < @to)
    ORDER BY a.id DESC LIMIT @limit`);

  return {
    insert: (entry: NewAuditEntry): void => {
      insert.run({ ...entry, patientId: entry.patientId ?? null, previousValue: entry.previousValue ?? null });
    },
    recent: (userId: number | null, limit: number): AuditEntry[] =>
      selectRecent.all({ userId, limit }).map((row) => ({
        id: row.id,
        at: row.at,
        userId: row.user_id,
        userName: row.user_name,
        seat: row.seat,
        action: row.action,
        outcome: row.outcome,
        detail: row.detail,
      })),
    access: (query: AccessQuery): AccessEntry[] =>
      selectAccess.all(query).map((row) => ({
        id: row.id,
        at: row.at,
        userName: row.user_name,
        seat: row.seat,
        action: row.action,
        outcome: row.outcome,
        patientId: row.patient_id,
        patientName: row.patient_name === null ? null : capitalisedName(row.patient_name),
        detail: row.detail,
        previousValue: row.previous_value,
      })),
  };
}
export type AuditStore = ReturnType<typeof createAuditStore>;
