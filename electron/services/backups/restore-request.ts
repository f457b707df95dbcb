import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { SecretSealer } from '../../lib/secret-box.js';
import { restoreBackup } from './restore.js';
import { writeFileWhole } from '../../lib/write-whole.js';

/**
 * Restoring from Cabinet › Sauvegardes (issue 14). Never under a running seat: the administrator
 * asks for it, and Paume restores at its next start, after taking the data folder and before
 * opening the database. The request names the backup and carries its passphrase sealed like the
 * other secrets; it is removed once done (or kept, renamed, with what went wrong).
 */
const requestSchema = z.object({ file: z.string(), passphraseSealed: z.string(), requestedAt: z.string() });
export type RestoreRequest = z.infer<typeof requestSchema>;

const requestFileIn = (dataDir: string) => join(dataDir, 'restauration-demandee.json');

export function writeRestoreRequest(dataDir: string, request: RestoreRequest): void {
  writeFileWhole(requestFileIn(dataDir), JSON.stringify(request), { mode: 0o600 });
}

export function pendingRestore(dataDir: string): { file: string; requestedAt: string } | null {
  if (!existsSync(requestFileIn(dataDir))) return null;
  const parsed = requestSchema.safeParse(JSON.parse(readFileSync(requestFileIn(dataDir), 'utf8')));
  return parsed.success ? { file: parsed.data.file, requestedAt: parsed.data.requestedAt } : null;
}

export const cancelRestore = (dataDir: string): void => rmSync(requestFileIn(dataDir), { force: true });

/** At start, before the database opens: the restore asked for, if any. A failure keeps the database in place. */
export async function applyPendingRestore(options: {
  dataDir: string;
  secrets: SecretSealer;
  targetKey: Buffer;
  say: (line: string) => void;
}): Promise<void> {
  const file = requestFileIn(options.dataDir);
  if (!existsSync(file)) return;
  try {
    const request = requestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    const report = await restoreBackup({
      file: request.file,
      dataDir: options.dataDir,
      passphrase: options.secrets.open(request.passphraseSealed).toString('utf8'),
      dryRun: false,
      say: options.say,
      targetKey: () => options.targetKey,
      lock: false,
    });
    rmSync(file, { force: true });
    options.say(
      `Sauvegarde ${request.file} restaurée (${report.counts.patients ?? 0} patients, ${report.documentsRestored} documents remis) ; l’ancienne base est gardée dans ${report.setAside ?? '—'}.`,
    );
  } catch (error) {
    renameSync(file, join(options.dataDir, `restauration-echouee-${Date.now()}.json`));
    options.say(`Restauration demandée impossible : ${(error as Error).message}. La base en place est gardée.`);
  }
}
