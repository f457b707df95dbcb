import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Db } from '../../../db/connection.js';
import type { EventBus } from '../../api/common/contract.js';
import { DomainError } from '../../api/common/result.js';
import { countOf } from '../../api/common/french/plural.js';
import type { FileVault } from '../../lib/file-vault.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { SecretSealer } from '../../lib/secret-box.js';
import type { AuditService } from '../audit/service.js';
import { removeInterruptedCopies } from './interrupted.js';
import { rotateBackups } from './rotation.js';
import { backupNamed } from './files.js';
import { restoreBackup } from './restore.js';
import { cancelRestore, pendingRestore, writeRestoreRequest } from './restore-request.js';
import type { BackupsStore } from './store.js';
import { checkedBackupFile, MIN_PASSPHRASE, refuseMissingFolder } from './target.js';
import { writeBackup, writtenDetail, type WrittenBackup } from './write-backup.js';
import type { BackupsService } from './interface.js';

/**
 * Backups that restore (issue 14): the database copied online, checked (integrity, counts at
 * least those read before), encrypted with the practice's passphrase into the chosen folder,
 * read back and checked again; the documents copied once each (they never change), encrypted;
 * old backups rotated (7 daily, 4 weekly, 12 monthly). The chain head of the log goes in first.
 */
export function createBackupsService(deps: {
  store: BackupsStore;
  db: Db;
  dataDir: string;
  secrets: SecretSealer;
  /** The live database's key and the documents' vault (issue 14). */
  databaseKey: Buffer;
  files: FileVault;
  clock: Clock;
  audit: AuditService;
  events: EventBus;
}): BackupsService {
  const { store, clock } = deps;
  let running = false;
  const progress = (step: string, done: number, total: number) => {
    deps.events.emit('backups.progress', { step, done, total });
  };

  function configured() {
    const settings = store.settings();
    if (!settings)
      throw new DomainError('INVALID_INPUT', 'Choisissez d’abord le dossier des sauvegardes et leur phrase secrète.', {
        folder: 'dossier à choisir',
      });
    return { folder: settings.folder, passphrase: deps.secrets.open(settings.passphrase_sealed).toString('utf8') };
  }

  /** One backup; `source`: an existing copy of the database to back up (the one made before a migration). */
  async function run(reason: string, source?: string) {
    const { folder, passphrase } = configured();
    refuseMissingFolder(folder);
    // « 2026-11-26-195012 », in UTC: names sort by time whatever the season.
    const stamp = isoAt(clock).slice(0, 19).replace('T', '-').replace(/:/g, '');
    return recorded(reason, async () => {
      const written = await writeTo({ file: join(folder, `paume-${stamp}.sauvegarde`), passphrase, reason, source });
      const removed = rotateBackups(folder);
      const retired = removed
        ? `, ${countOf(removed, 'ancienne sauvegarde retirée', 'anciennes sauvegardes retirées')}`
        : '';
      return { written, detail: `${writtenDetail(written)}${retired}` };
    });
  }

  const writeTo = (job: { file: string; passphrase: string; reason: string; source?: string | undefined }) =>
    writeBackup(
      { ...deps, progress },
      { ...job, createdAt: new Date(clock()).toISOString(), ...(job.source ? { source: job.source } : {}) },
    );

  /** A backup, recorded in the list of runs with where it is, good or failed (a failure said in French). */
  async function recorded(reason: string, write: () => Promise<{ written: WrittenBackup; detail: string }>) {
    const runId = store.startRun(reason, isoAt(clock));
    try {
      const { written, detail } = await write();
      store.finishRun(runId, { file: written.file, size: written.size, ok: true, detail, now: isoAt(clock) });
      progress('terminé', 1, 1);
      return { file: written.file, size: written.size, detail, counts: written.counts };
    } catch (error) {
      const message = (error as Error).message;
      store.finishRun(runId, { file: '', size: 0, ok: false, detail: message, now: isoAt(clock) });
      throw new DomainError(
        'UNAVAILABLE',
        `Sauvegarde échouée : ${message}. Rien n’est perdu ; vérifiez le dossier et réessayez.`,
      );
    }
  }

  /** Only one backup at a time, whoever asks (Cabinet, the daily check, `paume backup`). */
  async function alone<T>(work: () => Promise<T>): Promise<T> {
    if (running) throw new DomainError('CONFLICT', 'Une sauvegarde est déjà en cours.');
    running = true;
    try {
      return await work();
    } finally {
      running = false;
    }
  }

  /** The dry run of a backup of the folder, against the live practice: refused as « illisible » with why. */
  async function dryRun(fileName: string) {
    const { folder, passphrase } = configured();
    const file = backupNamed(folder, fileName);
    try {
      return await restoreBackup({
        file,
        dataDir: deps.dataDir,
        passphrase,
        dryRun: true,
        say: () => undefined,
        targetKey: () => deps.databaseKey,
        lock: false,
        currentPractice: () => store.practice(),
      });
    } catch (error) {
      throw new DomainError('INVALID_INPUT', `Sauvegarde illisible : ${(error as Error).message}`, {
        file: 'sauvegarde illisible',
      });
    }
  }

  return {
    /**
     * At the start (issue 27 item 10), the folder locked: a backup or a restore killed in the
     * middle leaves no working copy behind, and its run ends « interrompue » in the list.
     */
    cleanInterrupted(): { copies: number; runs: number } {
      const copies = removeInterruptedCopies(deps.dataDir, store.settings()?.folder ?? null);
      const runs = store.failUnfinished(
        'interrompue : Paume a été arrêté pendant la sauvegarde ; ses copies de travail ont été effacées. Relancez-la.',
        isoAt(clock),
      );
      return { copies, runs };
    },
    settings() {
      const settings = store.settings();
      return settings ? { folder: settings.folder, enabled: settings.enabled === 1, hasPassphrase: true } : null;
    },
    saveSettings(input: { folder: string; passphrase: string; enabled: boolean }) {
      if (!isAbsolute(input.folder))
        throw new DomainError(
          'INVALID_INPUT',
          'Dossier des sauvegardes : un chemin complet (ex. /media/cle-usb/paume).',
          {
            folder: 'chemin complet attendu',
          },
        );
      try {
        mkdirSync(input.folder, { recursive: true });
        const probe = join(input.folder, `.paume-essai-${randomUUID()}`);
        writeFileSync(probe, 'essai');
        rmSync(probe);
      } catch {
        throw new DomainError(
          'INVALID_INPUT',
          `Impossible d’écrire dans « ${input.folder} » : disque absent ou sans droit d’écriture.`,
          {
            folder: 'dossier non inscriptible',
          },
        );
      }
      const existing = store.settings();
      if (!input.passphrase && !existing)
        throw new DomainError('INVALID_INPUT', 'Phrase secrète des sauvegardes : obligatoire la première fois.', {
          passphrase: 'obligatoire',
        });
      if (input.passphrase && input.passphrase.length < MIN_PASSPHRASE)
        throw new DomainError('INVALID_INPUT', `Phrase secrète : ${MIN_PASSPHRASE} caractères au moins.`, {
          passphrase: `${MIN_PASSPHRASE} caractères au moins`,
        });
      const sealed = input.passphrase
        ? deps.secrets.seal(Buffer.from(input.passphrase, 'utf8'))
        : (existing?.passphrase_sealed ?? '');
      store.saveSettings(input.folder, sealed, input.enabled, isoAt(clock));
    },
    runNow: (reason: string, source?: string) => alone(() => run(reason, source)),
    /**
     * `paume backup FILE` (issue 22): the same backup as Cabinet's, into a file named at the
     * terminal, with the passphrase given there; never over an existing file, never into a folder
     * that is not there (an unplugged disk).
     */
    writeFile: (input: { file: string; passphrase: string }) =>
      alone(async () => {
        const file = checkedBackupFile(input.file, input.passphrase);
        return recorded('paume backup', async () => {
          const written = await writeTo({ file, passphrase: input.passphrase, reason: 'paume backup' });
          return { written, detail: writtenDetail(written) };
        });
      }),
    /**
     * Before every migration (issue 14): the copy of the old database made beside it goes, like
     * any backup, encrypted and checked, to the chosen folder (when one is chosen).
     */
    async keepPreMigrationCopy(copyFile: string, from: number, to: number): Promise<string | null> {
      if (!store.settings()) return null;
      return (await this.runNow(`avant la mise à jour de la base (v${from} → v${to})`, copyFile)).file;
    },
    /** The last runs, and whether the practice is overdue (48 hours without a good backup). */
    status() {
      const last = store.lastGood();
      const hours = last ? (clock() - Date.parse(last.finished_at ?? last.started_at)) / 3_600_000 : null;
      return {
        configured: store.settings() !== null,
        lastGood: last
          ? { at: last.finished_at ?? last.started_at, file: last.file, size: last.size, detail: last.detail }
          : null,
        overdue: hours === null || hours > 48,
        pendingRestore: pendingRestore(deps.dataDir),
        runs: store.runs(20).map((row) => ({
          id: row.id,
          startedAt: row.started_at,
          finishedAt: row.finished_at,
          reason: row.reason,
          file: row.file,
          size: row.size,
          ok: row.ok === 1,
          detail: row.detail,
        })),
      };
    },
    /** A dry run from Cabinet: what the backup holds (integrity, schema, counts), nothing changed. */
    async inspect(fileName: string) {
      const report = await dryRun(fileName);
      return {
        file: fileName,
        integrity: report.integrity,
        schemaVersion: report.schemaVersion,
        counts: report.counts,
        practice: report.practice,
        missingDocuments: [...report.missingDocuments],
        documentsChecked: report.documentsChecked,
      };
    },
    /** Asked from Cabinet; checked now like a dry run, done at the next start of Paume, before the database opens. */
    async scheduleRestore(input: { file: string; otherPractice: boolean }, now: string) {
      const settings = store.settings();
      if (!settings) configured();
      const file = backupNamed(settings?.folder ?? '', input.file);
      const report = await dryRun(input.file);
      if (report.practice.otherPractice && !input.otherPractice)
        throw new DomainError(
          'INVALID_INPUT',
          `${report.practice.sentence} Cochez « Sauvegarde d’un autre cabinet » pour la restaurer quand même : rien n’est demandé.`,
          { otherPractice: 'sauvegarde d’un autre cabinet : à confirmer' },
        );
      writeRestoreRequest(deps.dataDir, {
        file,
        passphraseSealed: settings?.passphrase_sealed ?? '',
        requestedAt: now,
        otherPracticeConfirmed: report.practice.otherPractice && input.otherPractice,
      });
    },
    cancelRestore: () => cancelRestore(deps.dataDir),
    /** Due when enabled and the last good backup is a day old (the hourly check of the server). */
    due(): boolean {
      const settings = store.settings();
      if (!settings || settings.enabled !== 1 || running) return false;
      const last = store.lastGood();
      return !last || clock() - Date.parse(last.finished_at ?? last.started_at) > 24 * 3_600_000;
    },
  };
}
export type { BackupsService } from './interface.js';
