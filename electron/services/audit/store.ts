import type { Db } from '../../../db/connection.js';
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
}

export function createAuditStore(db: Db) {
  const insert = db.prepare(
    'INSERT INTO audit_log (at, user_id, seat, action, outcome, detail) VALUES (@at, @userId, @seat, @action, @outcome, @detail)',
  );
  const selectRecent = db.prepare<{ userId: number | null; limit: number }, AuditRow>(`
    SELECT a.*, u.display_name AS user_name FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
    WHERE @userId IS NULL OR a.user_id = @userId
    ORDER BY a.id DESC LIMIT @limit`);

  return {
    insert: (entry: Omit<AuditEntry, 'id' | 'userName'>): void => {
      insert.run(entry);
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
  };
}
export type AuditStore = ReturnType<typeof createAuditStore>;
