import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { openDatabase } from './connection.js';

export interface EncryptionReport {
  readonly tables: number;
  readonly rows: number;
}

/** Row counts of every table: the encrypted copy must hold exactly what the clear one held. */
function countRows(file: string, key: Buffer | null): Map<string, number> {
  const db = openDatabase(file, { readonly: true, key });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .pluck()
      .all() as string[];
    return new Map(tables.map((name) => [name, db.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number]));
  } finally {
    db.close();
  }
}

/**
 * A data folder from before encryption (issue 14): its clear database becomes an encrypted one,
 * in place. The clear file stays untouched, as the backup, until an encrypted copy has been
 * written, checked (integrity, every table's row count) and put in its place by a rename: a crash
 * at any moment leaves either the clear database or the encrypted one, never a mix. The clear
 * file is then removed: keeping it would leave the patient file readable on the disk.
 */
export function encryptDatabaseInPlace(file: string, key: Buffer): EncryptionReport {
  // The log's last writes go into the main file first, so the copy below is the whole database.
  const clear = openDatabase(file, { key: null });
  clear.pragma('wal_checkpoint(TRUNCATE)');
  clear.close();
  const before = countRows(file, null);

  const work = `${file}.chiffrement-en-cours`;
  rmSync(work, { force: true });
  copyFileSync(file, work);
  const db = openDatabase(work, { key: null });
  try {
    // SQLite3 Multiple Ciphers encrypts a clear file by rekeying it, outside WAL mode.
    db.pragma('journal_mode = DELETE');
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`rekey = "x'${key.toString('hex')}'"`);
  } finally {
    db.close();
  }

  const check = openDatabase(work, { readonly: true, key });
  const integrity = check.pragma('integrity_check', { simple: true });
  check.close();
  const after = countRows(work, key);
  const same = before.size === after.size && [...before].every(([table, rows]) => after.get(table) === rows);
  if (integrity !== 'ok' || !same) {
    rmSync(work, { force: true });
    throw new Error(
      `Chiffrement de la base interrompu : la copie chiffrée ne correspond pas (${String(integrity)}). La base en clair est intacte.`,
    );
  }
  for (const suffix of ['-wal', '-shm']) if (existsSync(`${file}${suffix}`)) rmSync(`${file}${suffix}`);
  renameSync(work, file);
  return { tables: after.size, rows: [...after.values()].reduce((sum, rows) => sum + rows, 0) };
}

/**
 * Re-encrypts a database file that nothing else has open with another key (a backup's copy, a
 * restored database taking the key of its new folder). Outside WAL mode, as rekeying requires.
 */
export function rekeyDatabaseFile(file: string, from: Buffer, to: Buffer): void {
  const db = openDatabase(file, { key: from });
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma(`rekey = "x'${to.toString('hex')}'"`);
  } finally {
    db.close();
  }
}
