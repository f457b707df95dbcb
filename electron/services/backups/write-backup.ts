import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openDatabase, type Db } from '../../../db/connection.js';
import { backupDatabase } from '../../../db/backup.js';
import { rekeyDatabaseFile } from '../../../db/encrypt-in-place.js';
import { agree, countOf } from '../../api/common/french/plural.js';
import { backupDatabaseKey, decryptFile, encryptFile, newBackupSalt } from '../../lib/backup-crypto.js';
import type { FileVault } from '../../lib/file-vault.js';
import type { AuditService } from '../audit/service.js';
import { storedDocuments } from './files.js';
import { inspectCopy, type BackupsStore } from './store.js';
import { workingCopyName } from './interrupted.js';

/** The manifest beside a backup: `paume-….sauvegarde` → `paume-….json`. */
export const manifestOf = (file: string): string => `${file.replace(/\.sauvegarde$/, '')}.json`;

export interface WrittenBackup {
  readonly file: string;
  readonly size: number;
  readonly counts: Record<string, number>;
  readonly documents: number;
  readonly newDocuments: number;
}

/**
 * One full backup into `file` (issue 14), the only format Paume writes, from Cabinet as from
 * `paume backup` (issue 22): the database copied online, checked (integrity, counts at least those
 * read before), given the backup's own key and encrypted with the passphrase, read back and
 * checked again; the documents copied once each beside it (documents/<sha256>.enc, shared by the
 * backups of the folder), encrypted; a manifest. The chain head of the log goes in first.
 * On failure the backup file is removed; the caller says what went wrong.
 */
export async function writeBackup(
  deps: {
    store: BackupsStore;
    db: Db;
    dataDir: string;
    databaseKey: Buffer;
    files: FileVault;
    audit: AuditService;
    progress: (step: string, done: number, total: number) => void;
  },
  job: { file: string; passphrase: string; reason: string; createdAt: string; source?: string },
): Promise<WrittenBackup> {
  const { progress } = deps;
  const folder = dirname(job.file);
  const copy = join(deps.dataDir, workingCopyName(randomUUID()));
  const readBack = `${copy}.relue`;
  try {
    mkdirSync(join(folder, 'documents'), { recursive: true });
    const head = deps.audit.recordHead(`sauvegarde ${job.reason}`);
    // A copy taken before a migration is checked on its own (the live database has moved on).
    const before = job.source ? {} : deps.store.counts();
    if (job.source) copyFileSync(job.source, copy);
    else await backupDatabase(deps.db, copy, (done, total) => progress('copie de la base', done, total));
    const copied = inspectCopy(copy, (path) => openDatabase(path, { readonly: true, key: deps.databaseKey }));
    if (copied.integrity !== 'ok') throw new Error(`copie abîmée (${copied.integrity})`);
    for (const [table, count] of Object.entries(before))
      if ((copied.counts[table] ?? -1) < count)
        throw new Error(`copie incomplète : ${table} ${copied.counts[table]} < ${count}`);
    progress('chiffrement', 0, 1);
    const salt = newBackupSalt();
    // The copy takes the backup's own key: it restores with the passphrase alone, anywhere.
    const copyKey = await backupDatabaseKey(job.passphrase, salt);
    rekeyDatabaseFile(copy, deps.databaseKey, copyKey);
    await encryptFile(copy, job.file, job.passphrase, salt);
    // Checked as it will be restored: read back from the folder, decrypted, opened, counted.
    progress('vérification', 0, 1);
    await decryptFile(job.file, readBack, job.passphrase);
    const check = inspectCopy(readBack, (path) => openDatabase(path, { readonly: true, key: copyKey }));
    if (check.integrity !== 'ok' || JSON.stringify(check.counts) !== JSON.stringify(copied.counts))
      throw new Error('la sauvegarde relue ne correspond pas à la copie');
    const documents = storedDocuments(join(deps.dataDir, 'documents'));
    let newDocuments = 0;
    for (const [index, document] of documents.entries()) {
      const target = join(folder, 'documents', `${document.sha256}.enc`);
      if (!existsSync(target)) {
        await encryptFile(deps.files.openStream(document.path), target, job.passphrase, salt);
        newDocuments += 1;
      }
      if (index % 50 === 0) progress('documents', index, documents.length);
    }
    const size = statSync(job.file).size;
    writeFileSync(
      manifestOf(job.file),
      JSON.stringify(
        {
          // Format 2 (issue 27) names the practice, for a person without the passphrase. A restore
          // reads it from the database inside (authenticated), so a format 1 backup is named too.
          format: 2,
          practice: deps.store.practice(),
          createdAt: job.createdAt,
          reason: job.reason,
          schemaVersion: check.schemaVersion,
          counts: check.counts,
          chainHead: head,
          documents: documents.length,
          size,
        },
        null,
        2,
      ),
    );
    return { file: job.file, size, counts: check.counts, documents: documents.length, newDocuments };
  } catch (error) {
    rmSync(job.file, { force: true });
    throw error;
  } finally {
    rmSync(copy, { force: true });
    rmSync(readBack, { force: true });
  }
}

/** « base vérifiée (intégrité ok, 3 patients), 1 document dont 1 nouveau » */
export const writtenDetail = (written: WrittenBackup): string =>
  `base vérifiée (intégrité ok, ${countOf(written.counts.patients ?? 0, 'patient')}), ${countOf(written.documents, 'document')} dont ${written.newDocuments} ${agree(written.newDocuments, 'nouveau', 'nouveaux')}`;
