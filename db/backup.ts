import { existsSync } from 'node:fs';
import type { Db } from './connection.js';

/**
 * A consistent copy of the database while the app keeps writing: VACUUM INTO reads one snapshot
 * and writes a compact file encrypted with the same key (SQLite's page-by-page backup API
 * refuses an encrypted source). Progress is the start and the end: the copy is one statement.
 */
export async function backupDatabase(
  db: Db,
  destination: string,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  if (existsSync(destination)) throw new Error(`Le fichier de sauvegarde existe déjà : ${destination}`);
  onProgress?.(0, 1);
  db.prepare('VACUUM INTO ?').run(destination);
  onProgress?.(1, 1);
  await Promise.resolve();
}
