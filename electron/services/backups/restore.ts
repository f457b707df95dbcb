import { parisStamp } from '../../api/common/paris-day.js';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openDatabase } from '../../../db/connection.js';
import { rekeyDatabaseFile } from '../../../db/encrypt-in-place.js';
import { backupDatabaseKey, backupSaltOf, decryptFile } from '../../lib/backup-crypto.js';
import { fileVault, filesKeyOf } from '../../lib/file-vault.js';
import { databaseFileIn } from '../../lib/data-dir.js';
import { lockDataDir } from '../../lib/data-dir-lock.js';
import { inspectCopy } from './store.js';

export interface RestoreReport {
  readonly integrity: string;
  readonly schemaVersion: number;
  readonly counts: Readonly<Record<string, number>>;
  /** Where the database that was there went (null for a dry run, or an empty folder). */
  readonly setAside: string | null;
  readonly documentsRestored: number;
}

/**
 * `paume restore` (issue 14): decrypts the backup beside the data, checks it (integrity, counts),
 * and, unless it is a dry run, puts it in place with the documents it lacks. The data folder is
 * locked first, so nothing is ever restored under a running seat; the database that was there is
 * kept aside, never deleted.
 */
export async function restoreBackup(options: {
  file: string;
  dataDir: string;
  passphrase: string;
  dryRun: boolean;
  say: (line: string) => void;
  /**
   * The key of the folder restored into (its own, or a new one for an empty folder), asked once
   * the folder is locked: the restored database and documents are re-encrypted with it.
   */
  targetKey: () => Buffer;
  /**
   * False when the caller already holds the folder: Paume itself, checking a backup from Cabinet
   * (a dry run) or restoring the one asked for at its next start, before it opens the database.
   */
  lock?: boolean;
}): Promise<RestoreReport> {
  mkdirSync(options.dataDir, { recursive: true });
  const unlock =
    options.lock === false
      ? () => undefined
      : lockDataDir(options.dataDir, options.dryRun ? 'paume restore --dry-run' : 'paume restore');
  // Paris time, as the person restoring reads it in the name of the database set aside.
  const stamp = parisStamp(Date.now(), '-');
  const incoming = join(options.dataDir, `.restauration-${stamp}.sqlite`);
  try {
    options.say('Déchiffrement de la sauvegarde…');
    await decryptFile(options.file, incoming, options.passphrase);
    const copyKey = await backupDatabaseKey(options.passphrase, backupSaltOf(options.file));
    const inspected = inspectCopy(incoming, (path) => openDatabase(path, { readonly: true, key: copyKey }));
    if (inspected.integrity !== 'ok')
      throw new Error(`La sauvegarde est abîmée (${inspected.integrity}) : rien n’a été changé.`);
    if (options.dryRun) return { ...inspected, setAside: null, documentsRestored: 0 };

    const database = databaseFileIn(options.dataDir);
    const targetKey = options.targetKey();
    rekeyDatabaseFile(incoming, copyKey, targetKey);
    const vault = fileVault(filesKeyOf(targetKey));
    let setAside: string | null = null;
    if (existsSync(database)) {
      setAside = `${database}.avant-restauration-${stamp}`;
      for (const suffix of ['', '-wal', '-shm'])
        if (existsSync(`${database}${suffix}`)) renameSync(`${database}${suffix}`, `${setAside}${suffix}`);
    }
    renameSync(incoming, database);

    // The documents the restored database names and this folder lacks, from the backup folder.
    const encrypted = join(dirname(options.file), 'documents');
    let documentsRestored = 0;
    if (existsSync(encrypted))
      for (const name of readdirSync(encrypted).filter((entry) => /^[0-9a-f]{64}\.enc$/.test(entry))) {
        const sha256 = name.slice(0, 64);
        const target = join(options.dataDir, 'documents', sha256.slice(0, 2), sha256);
        if (existsSync(target)) continue;
        mkdirSync(dirname(target), { recursive: true });
        await decryptFile(join(encrypted, name), target, options.passphrase, () => vault.sealStream());
        documentsRestored += 1;
      }
    return { ...inspected, setAside, documentsRestored };
  } finally {
    rmSync(incoming, { force: true });
    unlock();
  }
}
