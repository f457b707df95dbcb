import type { Db } from '../../../db/connection.js';

export interface BackupSettingsRow {
  folder: string;
  passphrase_sealed: string;
  enabled: number;
}
export interface BackupRunRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  reason: string;
  file: string;
  size: number;
  ok: number;
  detail: string;
}

/** The tables a backup counts, in the copy and in the live database, to compare them. */
export const COUNTED_TABLES = [
  'patients',
  'visits',
  'documents',
  'letters',
  'agenda_appointments',
  'mail_messages',
  'users',
  'audit_log',
] as const;

export function createBackupsStore(db: Db) {
  return {
    settings: () =>
      (db.prepare('SELECT folder, passphrase_sealed, enabled FROM backup_settings WHERE id = 1').get() as
        BackupSettingsRow | undefined) ?? null,
    saveSettings: (folder: string, passphraseSealed: string, enabled: boolean, now: string) =>
      db
        .prepare(
          `INSERT INTO backup_settings (id, folder, passphrase_sealed, enabled, updated_at) VALUES (1, ?, ?, ?, ?)
           ON CONFLICT(id) DO UPDATE SET folder = excluded.folder, passphrase_sealed = excluded.passphrase_sealed,
             enabled = excluded.enabled, updated_at = excluded.updated_at`,
        )
        .run(folder, passphraseSealed, enabled ? 1 : 0, now),
    startRun: (reason: string, now: string) =>
      Number(db.prepare('INSERT INTO backup_runs (started_at, reason) VALUES (?, ?)').run(now, reason).lastInsertRowid),
    finishRun: (id: number, values: { file: string; size: number; ok: boolean; detail: string; now: string }) =>
      db
        .prepare('UPDATE backup_runs SET finished_at = ?, file = ?, size = ?, ok = ?, detail = ? WHERE id = ?')
        .run(values.now, values.file, values.size, values.ok ? 1 : 0, values.detail, id),
    runs: (limit: number) =>
      db.prepare('SELECT * FROM backup_runs ORDER BY id DESC LIMIT ?').all(limit) as BackupRunRow[],
    lastGood: () =>
      (db.prepare('SELECT * FROM backup_runs WHERE ok = 1 ORDER BY id DESC LIMIT 1').get() as
        BackupRunRow | undefined) ?? null,
    /** Row counts of a database (the live one, or an opened copy). */
    counts: (database: Db = db): Record<string, number> => {
      // A copy of an older schema may lack a table (it came later): it is not counted then.
      const present = new Set(
        database.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[],
      );
      return Object.fromEntries(
        COUNTED_TABLES.filter((table) => present.has(table)).map((table) => [
          table,
          (database.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
        ]),
      );
    },
    /** Every stored document's SHA-256 (the documents folder is content-addressed). */
    documentHashes: () =>
      (db.prepare('SELECT DISTINCT sha256 FROM documents').all() as { sha256: string }[]).map((row) => row.sha256),
  };
}
export type BackupsStore = ReturnType<typeof createBackupsStore>;

/** Opens a copy read-only and says what it holds: SQLite's integrity check, its schema version, its counts. */
export function inspectCopy(file: string, open: (file: string) => Db) {
  const copy = open(file);
  try {
    const integrity = copy.pragma('integrity_check', { simple: true }) as string;
    const schemaVersion = copy.pragma('user_version', { simple: true }) as number;
    const counts = integrity === 'ok' ? createBackupsStore(copy).counts() : {};
    return { integrity, schemaVersion, counts };
  } finally {
    copy.close();
  }
}
