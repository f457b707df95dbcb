// better-sqlite3-multiple-ciphers is better-sqlite3 (same API, same maintainers' code) built with
// SQLite3 Multiple Ciphers, which reads and writes SQLCipher databases: the patient file is
// encrypted at rest without leaving the better-sqlite3 family (issue 14, README « Chiffrement »).
import Database from 'better-sqlite3-multiple-ciphers';

export type Db = Database.Database;

export class WrongDatabaseKeyError extends Error {}

/**
 * SQLCipher 4 format, keyed with the raw 32-byte key (no passphrase stretching: the key is
 * random, and opening stays instant). Must come before any other statement on the connection.
 */
export function applyDatabaseKey(db: Db, key: Buffer): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${key.toString('hex')}'"`);
}

/**
 * Opens the patient database with the pragmas this house requires (HOUSE.md rule 5):
 * WAL so readers never wait for the writer, foreign keys enforced, and synchronous=FULL because
 * this is health data and a power cut must not lose a committed row. With a key, the file is
 * SQLCipher-encrypted; `key: null` is a database in clear (tests of the migration, benches).
 */
export function openDatabase(file: string, options: { readonly?: boolean; key: Buffer | null }): Db {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  try {
    if (options.key) applyDatabaseKey(db, options.key);
    // The first read is where a wrong key (or a key given to a clear file) shows.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_NOTADB')
      throw new WrongDatabaseKeyError(
        options.key
          ? `La clé ne correspond pas à cette base (${file}).`
          : `Cette base est chiffrée : il faut sa clé (${file}).`,
      );
    throw error;
  }
  if (!options.readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  return db;
}
