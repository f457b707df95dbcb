import type { Db } from '../../../db/connection.js';
import type { AccessEntry } from '../../api/common/schemas/patient-file.js';
import type { AuditEntry } from '../../api/common/schemas/users.js';
import { entryHash, GENESIS, type ChainedFields } from './chain.js';
import { patientName } from '../../api/common/french.js';

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
// « BESANçON » (issue 10). The journal names the patient as the screens do (issue 21).
const SELECT = `SELECT a.*, u.display_name AS user_name,
    CASE WHEN p.id IS NULL THEN NULL
      ELSE p.birth_name || char(31) || p.first_names || char(31) || p.used_name || char(31) || p.used_first_name
    END AS patient_name
  FROM audit_log a LEFT JOIN users u ON u.id = a.user_id LEFT JOIN patients p ON p.id = a.patient_id`;

/** « Besançon\u001fLéa Anne\u001f\u001f » → « BESANÇON Léa » */
function capitalisedName(joined: string): string {
  const [birthName = '', firstNames = '', usedName = '', usedFirstName = ''] = joined.split('\u001f');
  return patientName({ birthName, firstNames, usedName, usedFirstName });
}

export function createAuditStore(db: Db) {
  const insert =
    db.prepare(`INSERT INTO audit_log (id, at, user_id, seat, action, outcome, detail, patient_id, previous_value, prev_hash, hash)
    VALUES (@id, @at, @user_id, @seat, @action, @outcome, @detail, @patient_id, @previous_value, @prev_hash, @hash)`);
  const lastLink = db.prepare<[], { id: number; hash: string | null }>(
    'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1',
  );
  const CHAIN_COLUMNS = 'id, at, user_id, seat, action, outcome, detail, patient_id, previous_value, prev_hash, hash';
  type ChainRow = ChainedFields & { prev_hash: string | null; hash: string | null };
  const unsealed = db.prepare<[number], ChainRow>(
    `SELECT ${CHAIN_COLUMNS} FROM audit_log WHERE id > ? AND hash IS NULL ORDER BY id LIMIT 10000`,
  );
  const seal = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
  /** Each entry takes the next number and the last hash in one step: the chain never forks. */
  const append = db.transaction((entry: NewAuditEntry) => {
    const last = lastLink.get();
    const row: ChainedFields = {
      id: (last?.id ?? 0) + 1,
      at: entry.at,
      user_id: entry.userId,
      seat: entry.seat,
      action: entry.action,
      outcome: entry.outcome,
      detail: entry.detail,
      patient_id: entry.patientId ?? null,
      previous_value: entry.previousValue ?? null,
    };
    const previous = last?.hash ?? GENESIS;
    insert.run({ ...row, prev_hash: previous, hash: entryHash(previous, row) });
  });
  /** Seals, in order, the entries written before the chain existed (once, at opening). */
  const firstLink = db.prepare<[], { hash: string | null }>('SELECT hash FROM audit_log ORDER BY id LIMIT 1');
  /**
   * Seals, in order, the entries written before the chain existed: they are the oldest ones, all
   * later entries are sealed as written. So one look at the first entry says whether there is
   * anything to do, and start-up reads one row, not the log.
   */
  const sealBacklog = db.transaction((): number => {
    if (firstLink.get()?.hash !== null) return 0;
    let sealed = 0;
    let after = 0;
    let previous = GENESIS;
    for (let batch = unsealed.all(after); batch.length > 0; batch = unsealed.all(after))
      for (const row of batch) {
        const hash = entryHash(previous, row);
        seal.run(previous, hash, row.id);
        previous = hash;
        after = row.id;
        sealed += 1;
      }
    return sealed;
  });
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
      append(entry);
    },
    sealBacklog: () => sealBacklog(),
    /** The whole log in order, streamed (a million entries are never all in memory). */
    chainRows: () => db.prepare<[], ChainRow>(`SELECT ${CHAIN_COLUMNS} FROM audit_log ORDER BY id`).iterate(),
    heads: () =>
      db.prepare('SELECT entry_id, hash, at, reason FROM audit_chain_heads ORDER BY id').all() as {
        entry_id: number;
        hash: string;
        at: string;
        reason: string;
      }[],
    /** Keeps the chain's head as it is now (before a backup); null when the log is empty. */
    recordHead: (at: string, reason: string): { entryId: number; hash: string } | null => {
      const last = lastLink.get();
      if (!last?.hash) return null;
      db.prepare('INSERT INTO audit_chain_heads (at, entry_id, hash, reason) VALUES (?, ?, ?, ?)').run(
        at,
        last.id,
        last.hash,
        reason,
      );
      return { entryId: last.id, hash: last.hash };
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
