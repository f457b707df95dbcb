import type { Db } from '../../../db/connection.js';
import type { KeyOrigin } from '../../lib/database-key.js';

export interface RecoveryRow {
  origin: KeyOrigin;
  key_check: string;
  created_at: string;
  confirmed_at: string | null;
}

/** The one row saying whether the recovery key has been noted (migration 0015). */
export function createKeysStore(db: Db) {
  return {
    get: () =>
      db.prepare('SELECT origin, key_check, created_at, confirmed_at FROM recovery_key WHERE id = 1').get() as
        RecoveryRow | undefined,
    /** A key this database has not seen (first opening, or restored elsewhere): a key given at start is already held by a person. */
    reset(origin: KeyOrigin, keyCheck: string, now: string): void {
      db.prepare(
        `INSERT OR REPLACE INTO recovery_key (id, origin, key_check, created_at, confirmed_at, confirmed_by)
         VALUES (1, ?, ?, ?, ?, NULL)`,
      ).run(origin, keyCheck, now, origin === 'supplied' ? now : null);
    },
    confirm(userId: number, now: string): void {
      db.prepare('UPDATE recovery_key SET confirmed_at = ?, confirmed_by = ? WHERE id = 1').run(now, userId);
    },
  };
}
export type KeysStore = ReturnType<typeof createKeysStore>;
