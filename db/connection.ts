import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Opens the patient database with the pragmas this house requires (HOUSE.md rule 5):
 * WAL so readers never wait for the writer, foreign keys enforced, and synchronous=FULL because
 * this is health data and a power cut must not lose a committed row.
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  return db;
}
