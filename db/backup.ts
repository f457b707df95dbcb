import { existsSync } from 'node:fs';
import type { Db } from './connection.js';

/**
 * SQLite's online backup: a consistent copy even while the app keeps writing, page by page, so a
 * large file does not block other work for long.
 */
export async function backupDatabase(
  db: Db,
  destination: string,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  if (existsSync(destination)) throw new Error(`Le fichier de sauvegarde existe déjà : ${destination}`);
  await db.backup(destination, {
    progress: ({ totalPages, remainingPages }) => {
      onProgress?.(totalPages - remainingPages, totalPages);
      return 256;
    },
  });
}
