import type { Db } from '../../../db/connection.js';

interface SeatRow {
  id: number;
  name: string;
  paired_at: string;
  last_seen_at: string | null;
  revoked_at: string | null;
}

const toSeat = (row: SeatRow) => ({
  id: row.id,
  name: row.name,
  pairedAt: row.paired_at,
  lastSeenAt: row.last_seen_at,
  revokedAt: row.revoked_at,
});

/** Paired seats (migration 0016): only each token's SHA-256 is kept. */
export function createSeatsStore(db: Db) {
  return {
    list: () =>
      (db.prepare('SELECT * FROM seats ORDER BY revoked_at IS NOT NULL, name').all() as SeatRow[]).map(toSeat),
    activeNamed: (name: string) =>
      db.prepare('SELECT id FROM seats WHERE name = ? AND revoked_at IS NULL').get(name) !== undefined,
    insert(input: { name: string; tokenHash: string; userId: number | null; now: string }): number {
      return Number(
        db
          .prepare('INSERT INTO seats (name, token_hash, paired_at, paired_by) VALUES (?, ?, ?, ?)')
          .run(input.name, input.tokenHash, input.now, input.userId).lastInsertRowid,
      );
    },
    byToken: (tokenHash: string) =>
      db
        .prepare('SELECT id, name, last_seen_at FROM seats WHERE token_hash = ? AND revoked_at IS NULL')
        .get(tokenHash) as { id: number; name: string; last_seen_at: string | null } | undefined,
    seen: (id: number, now: string) => db.prepare('UPDATE seats SET last_seen_at = ? WHERE id = ?').run(now, id),
    revoke: (id: number, now: string) =>
      db.prepare('UPDATE seats SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now, id).changes,
  };
}
export type SeatsStore = ReturnType<typeof createSeatsStore>;
