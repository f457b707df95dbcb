import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { agree, countOf } from '../../api/common/french/plural.js';
import { parisStamp } from '../../api/common/paris-day.js';
import { openDatabase } from '../../../db/connection.js';
import { rekeyDatabaseFile } from '../../../db/encrypt-in-place.js';
import { backupDatabaseKey, backupSaltOf, decryptFile } from '../../lib/backup-crypto.js';
import { fileVault, filesKeyOf } from '../../lib/file-vault.js';
import { databaseFileIn } from '../../lib/data-dir.js';
import { lockDataDir } from '../../lib/data-dir-lock.js';
import { matchPractice, type PracticeMatch } from './practice-match.js';
import { KEPT, RestoreRefusedError, stageDocuments, storedPath, swapIn } from './staging.js';
import { inspectCopy, practiceOf, type PracticeIdentity } from './store.js';

export { RestoreRefusedError } from './staging.js';

export interface RestoreReport {
  readonly integrity: string;
  readonly schemaVersion: number;
  readonly counts: Readonly<Record<string, number>>;
  /** Whose backup it is, against the practice in place (issue 27). */
  readonly practice: PracticeMatch;
  /** The documents the backup's database names that neither the backup nor this folder has (issue 27). */
  readonly missingDocuments: readonly string[];
  /** The documents decrypted from the backup and found whole (those this folder lacked). */
  readonly documentsChecked: number;
  /** Where the database that was there went (null for a dry run, or an empty folder). */
  readonly setAside: string | null;
  readonly documentsRestored: number;
}

/**
 * `paume restore` (issue 14, issue 27): everything is checked before anything changes. The backup's
 * database is decrypted into a staging folder beside the data and checked (integrity, counts); its
 * practice is compared with the one in place; every document it names that this folder lacks is
 * decrypted and hashed into the staging folder too. Only then, unless it is a dry run, is it all
 * put in place by renames (`swapIn`). A failure on the way leaves the data in place untouched and
 * says so (RestoreRefusedError). The folder is locked first, so nothing is ever restored under a
 * running seat; the database that was there is kept aside, never deleted.
 */
export async function restoreBackup(options: {
  file: string;
  dataDir: string;
  passphrase: string;
  dryRun: boolean;
  say: (line: string) => void;
  /**
   * The key of the folder restored into (its own, or a new one for an empty folder), asked once
   * the folder is locked: the restored database and documents are re-encrypted with it, and the
   * database in place is read with it (its practice).
   */
  targetKey: () => Buffer;
  /**
   * False when the caller already holds the folder: Paume itself, checking a backup from Cabinet
   * (a dry run) or restoring the one asked for at its next start, before it opens the database.
   */
  lock?: boolean;
  /** The practice in place when the caller has its database open (Cabinet); read from the folder otherwise. */
  currentPractice?: () => PracticeIdentity;
  /** Restores another practice's backup (issue 27): `--autre-cabinet`, or the box ticked in Cabinet. */
  otherPracticeConfirmed?: boolean;
}): Promise<RestoreReport> {
  mkdirSync(options.dataDir, { recursive: true });
  const unlock =
    options.lock === false
      ? () => undefined
      : lockDataDir(options.dataDir, options.dryRun ? 'paume restore --dry-run' : 'paume restore');
  // Inside the data folder: the same disk, so putting the staged files in place is renames only.
  const staging = join(options.dataDir, `.restauration-${randomUUID()}`);
  const database = databaseFileIn(options.dataDir);
  try {
    mkdirSync(staging);
    const stagedDatabase = join(staging, 'paume.sqlite');
    options.say('Déchiffrement de la sauvegarde…');
    const inspected = await refusingOnFailure(async () => {
      await decryptFile(options.file, stagedDatabase, options.passphrase);
      const copyKey = await backupDatabaseKey(options.passphrase, backupSaltOf(options.file));
      return {
        copyKey,
        ...inspectCopy(stagedDatabase, (path) => openDatabase(path, { readonly: true, key: copyKey })),
      };
    });
    if (inspected.integrity !== 'ok')
      throw new RestoreRefusedError(`La sauvegarde est abîmée (${inspected.integrity}). ${KEPT}`, true);
    const { integrity, schemaVersion, counts } = inspected;

    const practice = matchPractice(inspected.practice, currentPracticeOf(options, database));
    if (practice.otherPractice && !options.dryRun && !options.otherPracticeConfirmed)
      throw new RestoreRefusedError(
        `${practice.sentence} La restaurer remplacerait les données en place par celles de cette sauvegarde : confirmez explicitement que c’est voulu. ${KEPT}`,
        true,
        true,
      );

    // The documents it names: this folder may have them already (content-addressed, same key);
    // the others come from the backup folder, or are missing from both: named before anything changes.
    // Only those it names: the backup folder's documents are shared by all its backups.
    const backupDocuments = join(dirname(options.file), 'documents');
    const lacking = inspected.documents.filter((document) => !existsSync(storedPath(options.dataDir, document.sha256)));
    const missing = lacking.filter((document) => !existsSync(join(backupDocuments, `${document.sha256}.enc`)));
    const toStage = lacking.filter((document) => !missing.includes(document));
    if (missing.length) options.say(missingSentence(missing.map((document) => document.label)));
    const report = {
      integrity,
      schemaVersion,
      counts,
      practice,
      missingDocuments: missing.map((document) => document.label),
      documentsChecked: toStage.length,
    };

    options.say(`Vérification de ${countOf(toStage.length, 'document')} de la sauvegarde…`);
    const targetKey = options.dryRun ? null : options.targetKey();
    await stageDocuments({
      documents: toStage,
      backupDocuments,
      staging,
      passphrase: options.passphrase,
      vault: targetKey ? fileVault(filesKeyOf(targetKey)) : null,
    });
    if (!targetKey) return { ...report, setAside: null, documentsRestored: 0 };

    await refusingOnFailure(() => {
      rekeyDatabaseFile(stagedDatabase, inspected.copyKey, targetKey);
      return Promise.resolve();
    });
    // Paris time, as the person restoring reads it in the name of the database set aside.
    const stamp = parisStamp(Date.now(), '-');
    const { setAside } = swapIn({
      staging,
      stagedDatabase,
      database,
      setAside: `${database}.avant-restauration-${stamp}`,
      documents: toStage,
      dataDir: options.dataDir,
    });
    return { ...report, setAside, documentsRestored: toStage.length };
  } finally {
    rmSync(staging, { recursive: true, force: true });
    unlock();
  }
}

/** A step before the swap that fails says that nothing in place has changed, with its own words. */
async function refusingOnFailure<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof RestoreRefusedError) throw error;
    throw new RestoreRefusedError(`${(error as Error).message} ${KEPT}`, true);
  }
}

/** The practice in place: none without a database; 'illisible' when it does not open with the folder's key. */
function currentPracticeOf(
  options: { currentPractice?: () => PracticeIdentity; targetKey: () => Buffer },
  database: string,
): PracticeIdentity | null | 'illisible' {
  if (options.currentPractice) return options.currentPractice();
  if (!existsSync(database)) return null;
  // Without the folder's key (a window's folder, PAUME_CLE_BASE not given) the command says how to give it.
  const key = options.targetKey();
  try {
    const db = openDatabase(database, { readonly: true, key });
    try {
      return practiceOf(db);
    } finally {
      db.close();
    }
  } catch {
    return 'illisible';
  }
}

/** « 2 documents nommés par la base de la sauvegarde manquent à la sauvegarde et à ce dossier : … » */
export const missingSentence = (labels: readonly string[]): string =>
  `${countOf(labels.length, 'document nommé', 'documents nommés')} par la base de la sauvegarde ${agree(labels.length, 'manque', 'manquent')} à la sauvegarde et à ce dossier : ${labels.join(', ')}.`;
