import type { Db } from '../../../db/connection.js';

export interface SessionRow {
  token_hash: string;
  user_id: number;
  seat: string;
  created_at_ms: number;
  last_seen_ms: number;
  locked: number;
}

export function createSessionStore(db: Db) {
  const insert = db.prepare(
    'INSERT INTO sessions (token_hash, user_id, seat, created_at_ms, last_seen_ms) VALUES (?, ?, ?, ?, ?)',
  );
  const select = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE token_hash = ?');
  const touch = db.prepare('UPDATE sessions SET last_seen_ms = ? WHERE token_hash = ?');
  const setLocked = db.prepare('UPDATE sessions SET locked = ?, last_seen_ms = ? WHERE token_hash = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
  const removeForUser = db.prepare('DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?');
  const removeOlderThan = db.prepare('DELETE FROM sessions WHERE created_at_ms < ?');

  return {
    insert: (tokenHash: string, userId: number, seat: string, now: number): void => {
      insert.run(tokenHash, userId, seat, now, now);
    },
    get: (tokenHash: string): SessionRow | null => select.get(tokenHash) ?? null,
    touch: (tokenHash: string, now: number): void => {
      touch.run(now, tokenHash);
    },
    setLocked: (tokenHash: string, locked: boolean, now: number): void => {
      setLocked.run(locked ? 1 : 0, now, tokenHash);
    },
    remove: (tokenHash: string): void => {
      remove.run(tokenHash);
    },
    /** Ends a person's other sessions, e.g. after an administrator deactivates the account. */
    removeOthersOfUser: (userId: number, keepTokenHash: string): void => {
      removeForUser.run(userId, keepTokenHash);
    },
    removeCreatedBefore: (cutoff: number): void => {
      removeOlderThan.run(cutoff);
    },
  };
}
export type SessionStore = ReturnType<typeof createSessionStore>;
