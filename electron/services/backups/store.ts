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

/** Which practice a database is (issue 27): its identifier (none before migration 21) and its name. */
export interface PracticeIdentity {
  readonly uid: string | null;
  readonly name: string | null;
}

/** A stored file a database names (the documents folder is content-addressed), and how a person knows it. */
export interface ReferencedDocument {
  readonly sha256: string;
  readonly label: string;
}

const tablesOf = (database: Db): Set<string> =>
  new Set(database.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[]);

/** The practice a database belongs to; null names when it has no practice yet (set-up not done). */
export function practiceOf(database: Db): PracticeIdentity {
  const columns = new Set((database.pragma('table_info(practice)') as { name: string }[]).map((column) => column.name));
  if (columns.size === 0) return { uid: null, name: null };
  const row = database
    .prepare(`SELECT name, ${columns.has('uid') ? 'uid' : "''"} AS uid FROM practice WHERE id = 1`)
    .get() as { name: string; uid: string } | undefined;
  return { uid: row?.uid || null, name: row?.name.trim() || null };
}

/**
 * Every file of the documents folder a database names (issue 27): the patients' documents and the
 * mail attachments kept (those refused have no file). Named for a person: file name and where it is.
 */
export function referencedDocuments(database: Db): ReferencedDocument[] {
  const present = tablesOf(database);
  const rows = [
    ...(present.has('documents')
      ? (database.prepare('SELECT sha256, file_name, patient_id FROM documents ORDER BY id').all() as {
          sha256: string;
          file_name: string;
          patient_id: number;
        }[])
      : []
    ).map((row) => ({ sha256: row.sha256, label: `« ${row.file_name} » (dossier patient n° ${row.patient_id})` })),
    ...(present.has('mail_attachments')
      ? (database
          .prepare('SELECT sha256, file_name, message_id FROM mail_attachments WHERE sha256 IS NOT NULL ORDER BY id')
          .all() as { sha256: string; file_name: string; message_id: number }[])
      : []
    ).map((row) => ({
      sha256: row.sha256,
      label: `« ${row.file_name} » (pièce jointe du message n° ${row.message_id})`,
    })),
  ];
  const seen = new Map<string, ReferencedDocument>();
  for (const row of rows) if (!seen.has(row.sha256)) seen.set(row.sha256, row);
  return [...seen.values()];
}

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
    /** Runs started and never finished (Paume stopped meanwhile): failed, with why. */
    failUnfinished: (detail: string, now: string): number =>
      db
        .prepare('UPDATE backup_runs SET finished_at = ?, ok = 0, detail = ? WHERE finished_at IS NULL')
        .run(now, detail).changes,
    runs: (limit: number) =>
      db.prepare('SELECT * FROM backup_runs ORDER BY id DESC LIMIT ?').all(limit) as BackupRunRow[],
    lastGood: () =>
      (db.prepare('SELECT * FROM backup_runs WHERE ok = 1 ORDER BY id DESC LIMIT 1').get() as
        BackupRunRow | undefined) ?? null,
    /** Row counts of a database (the live one, or an opened copy). */
    counts: (database: Db = db): Record<string, number> => {
      // A copy of an older schema may lack a table (it came later): it is not counted then.
      const present = tablesOf(database);
      return Object.fromEntries(
        COUNTED_TABLES.filter((table) => present.has(table)).map((table) => [
          table,
          (database.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
        ]),
      );
    },
    /** The live practice, named in every backup's manifest (issue 27). */
    practice: (): PracticeIdentity => practiceOf(db),
    /** Every stored document's SHA-256 (the documents folder is content-addressed). */
    documentHashes: () =>
      (db.prepare('SELECT DISTINCT sha256 FROM documents').all() as { sha256: string }[]).map((row) => row.sha256),
  };
}
export type BackupsStore = ReturnType<typeof createBackupsStore>;

/**
 * Opens a copy read-only and says what it holds: SQLite's integrity check, its schema version, its
 * counts, its practice and the documents it names (those two only when it is whole).
 */
export function inspectCopy(file: string, open: (file: string) => Db) {
  const copy = open(file);
  try {
    const integrity = copy.pragma('integrity_check', { simple: true }) as string;
    const schemaVersion = copy.pragma('user_version', { simple: true }) as number;
    const whole = integrity === 'ok';
    const counts = whole ? createBackupsStore(copy).counts() : {};
    const practice = whole ? practiceOf(copy) : { uid: null, name: null };
    const documents = whole ? referencedDocuments(copy) : [];
    return { integrity, schemaVersion, counts, practice, documents };
  } finally {
    copy.close();
  }
}
