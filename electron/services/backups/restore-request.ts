import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { SecretSealer } from '../../lib/secret-box.js';
import { countOf } from '../../api/common/french/plural.js';
import { missingSentence, restoreBackup, RestoreRefusedError } from './restore.js';
import { writeFileWhole } from '../../lib/write-whole.js';

/**
 * Restoring from Cabinet › Sauvegardes (issue 14). Never under a running seat: the administrator
 * asks for it, and Paume restores at its next start, after taking the data folder and before
 * opening the database. The request names the backup and carries its passphrase sealed like the
 * other secrets; it is removed once done (or kept, renamed, with what went wrong).
 */
const requestSchema = z.object({
  file: z.string(),
  passphraseSealed: z.string(),
  requestedAt: z.string(),
  // Another practice's backup, confirmed in Cabinet (issue 27); absent from requests written before.
  otherPracticeConfirmed: z.boolean().default(false),
});
export type RestoreRequestInput = z.input<typeof requestSchema>;
export type RestoreRequest = z.infer<typeof requestSchema>;

const requestFileIn = (dataDir: string) => join(dataDir, 'restauration-demandee.json');

export function writeRestoreRequest(dataDir: string, request: RestoreRequestInput): void {
  writeFileWhole(requestFileIn(dataDir), JSON.stringify(request), { mode: 0o600 });
}

export function pendingRestore(dataDir: string): { file: string; requestedAt: string } | null {
  if (!existsSync(requestFileIn(dataDir))) return null;
  const parsed = requestSchema.safeParse(JSON.parse(readFileSync(requestFileIn(dataDir), 'utf8')));
  return parsed.success ? { file: parsed.data.file, requestedAt: parsed.data.requestedAt } : null;
}

export const cancelRestore = (dataDir: string): void => rmSync(requestFileIn(dataDir), { force: true });

/**
 * At start, before the database opens: the restore asked for, if any. A failure before the swap
 * keeps the database and the documents in place, and the log says so; one in the swap that could
 * not be undone says where the old database is (issue 27: never « kept » when it was not).
 */
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
      otherPracticeConfirmed: request.otherPracticeConfirmed,
    });
    rmSync(file, { force: true });
    options.say(
      `Sauvegarde ${request.file} du cabinet ${report.practice.backup} restaurée (${countOf(report.counts.patients ?? 0, 'patient')}, ${countOf(report.documentsRestored, 'document remis', 'documents remis')}) ; l’ancienne base est gardée dans ${report.setAside ?? '—'}.`,
    );
    if (report.missingDocuments.length) options.say(missingSentence(report.missingDocuments));
  } catch (error) {
    const failed = join(options.dataDir, `restauration-echouee-${Date.now()}.json`);
    renameSync(file, failed);
    const message = (error as Error).message;
    // A refusal carries its own words on what is kept; anything else was thrown before the swap.
    const kept =
      error instanceof RestoreRefusedError ? '' : ' La base et les documents en place sont gardés tels quels.';
    options.say(`Restauration demandée impossible : ${message}${kept} (Demande gardée dans ${failed}.)`);
  }
}
