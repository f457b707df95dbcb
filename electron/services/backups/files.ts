import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../api/common/result.js';

/** Where backups are, and what in a backup folder is a backup (issue 14). */
export const BACKUP_FILE = /^paume-(\d{4}-\d{2}-\d{2}-\d{6})\.sauvegarde$/;

/** Every stored file of the documents folder (content-addressed: documents/ab/abcdef…). */
export function storedDocuments(documentsDir: string): { sha256: string; path: string }[] {
  if (!existsSync(documentsDir)) return [];
  return readdirSync(documentsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[0-9a-f]{2}$/.test(entry.name))
    .flatMap((folder) =>
      readdirSync(join(documentsDir, folder.name))
        .filter((name) => /^[0-9a-f]{64}$/.test(name))
        .map((sha256) => ({ sha256, path: join(documentsDir, folder.name, sha256) })),
    );
}

/** A backup of the chosen folder, by its name only: nothing else on the disk can be named. */
export function backupNamed(folder: string, fileName: string): string {
  const file = join(folder, fileName);
  if (!BACKUP_FILE.test(fileName) || !existsSync(file))
    throw new DomainError('NOT_FOUND', `Sauvegarde introuvable dans le dossier : « ${fileName} ».`, {
      file: 'sauvegarde introuvable',
    });
  return file;
}
