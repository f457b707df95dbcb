import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import type { Db } from '../../db/connection.js';
import type { MigrationReport } from '../../db/migrate.js';
import { encryptDatabaseInPlace } from '../../db/encrypt-in-place.js';
import { openMigratedDatabase } from '../../db/open-migrated.js';
import { createPaumeEventBus, type EventBus } from '../api/common/contract.js';
import { createDispatcher, type Dispatch, type DispatcherLogger } from '../api/node/dispatcher.js';
import { systemClock, type Clock } from '../lib/clock.js';
import { lockDataDir } from '../lib/data-dir-lock.js';
import { isPlainDatabase, resolveDatabaseKey, type DatabaseKey } from '../lib/database-key.js';
import { fileVault, filesKeyOf } from '../lib/file-vault.js';
import { childNodeRunner, type IsolatedRunner } from '../lib/isolated-process.js';
import { keyFileSealer, secretsKeyFile, type SecretSealer } from '../lib/secret-box.js';
import { sealPlainFiles } from '../lib/seal-plain-files.js';
import { applyPendingRestore } from '../services/backups/restore-request.js';
import { createAreas, type Services } from './areas.js';
import { createTransportSeam, type TransportSeam } from './transports.js';

export type { Services };

export interface PaumeCore {
  readonly db: Db;
  readonly dispatch: Dispatch;
  readonly events: EventBus;
  readonly services: Services;
  /** What the window and the HTTP server need besides the dispatcher (events, seats, uploads). */
  readonly transports: TransportSeam;
  readonly migration: MigrationReport;
  readonly databaseKey: DatabaseKey;
  close(): void;
}

/**
 * Everything Paume is, minus its windows: the migrated database, the areas, the dispatcher.
 * The Electron shell and `paume serve` both start exactly this.
 */
export async function openPaumeCore(options: {
  databaseFile: string;
  clock?: Clock;
  logger: DispatcherLogger;
  /** The Electron window passes a utility-process runner; elsewhere a child Node is used. */
  runIsolated?: IsolatedRunner;
  /**
   * Who holds the data folder ("paume serve", "fenêtre Paume"...): taken before migrating and
   * kept until close, so that no second Paume works on the same folder. Absent for tools that
   * only read (a backup runs beside a running server).
   */
  exclusiveAs?: string;
  /** The Electron window seals secrets with the OS keychain; elsewhere a key file in the data folder. */
  secrets?: SecretSealer;
  /** Starts what runs by itself (mail sync): the server and the window, not one-shot commands. */
  backgroundWork?: boolean;
  /** How long the mail sync may make no progress before it is restarted (issue 27): tests shorten it. */
  mailStallMs?: number;
  /** The recovery key given at start (PAUME_CLE_BASE, --demander-cle): then no key is kept on disk. */
  suppliedKey?: Buffer | null;
  /** Said once when a clear data folder is encrypted in place. */
  say?: (line: string) => void;
  /**
   * Leaves the database in clear. Never set by the app: only bench/encryption.ts, which measures
   * what SQLCipher costs by running the same calls on a clear copy and an encrypted one.
   */
  clearForBenchmarks?: boolean;
}): Promise<PaumeCore> {
  const clock = options.clock ?? systemClock;
  const unlock = options.exclusiveAs
    ? lockDataDir(dirname(options.databaseFile), options.exclusiveAs)
    : () => undefined;
  const dataDir = dirname(options.databaseFile);
  const secrets = options.secrets ?? keyFileSealer(secretsKeyFile(dataDir));
  let opened: Awaited<ReturnType<typeof openMigratedDatabase>>;
  let databaseKey: DatabaseKey;
  try {
    databaseKey = resolveDatabaseKey({
      databaseFile: options.databaseFile,
      sealer: secrets,
      supplied: options.clearForBenchmarks ? randomBytes(32) : (options.suppliedKey ?? null),
    });
    if (isPlainDatabase(options.databaseFile) && !options.clearForBenchmarks) {
      const encrypted = encryptDatabaseInPlace(options.databaseFile, databaseKey.key);
      options.say?.(`Base chiffrée sur place : ${encrypted.tables} tables, ${encrypted.rows} lignes vérifiées.`);
    }
    // A restore asked from Cabinet › Sauvegardes: now, with the folder held and nothing open.
    await applyPendingRestore({ dataDir, secrets, targetKey: databaseKey.key, say: options.say ?? (() => undefined) });
    opened = await openMigratedDatabase(options.databaseFile, options.clearForBenchmarks ? null : databaseKey.key);
  } catch (error) {
    unlock();
    throw error;
  }
  const { db, report } = opened;
  const events = createPaumeEventBus();
  const files = fileVault(filesKeyOf(databaseKey.key));
  const sealedFiles = sealPlainFiles(dataDir, ['documents', 'letters'], files);
  if (sealedFiles > 0) options.say?.(`${sealedFiles} fichiers chiffrés sur place.`);
  const areas = createAreas({
    db,
    clock,
    events,
    dataDir,
    runIsolated: options.runIsolated ?? childNodeRunner,
    secrets,
    databaseKey,
    files,
    backgroundWork: options.backgroundWork ?? false,
    mailStallMs: options.mailStallMs,
  });
  // The folder is ours alone: what a backup or a restore killed last time left is cleaned (issue 27 item 10).
  if (options.exclusiveAs) {
    const cleaned = areas.services.backups.cleanInterrupted();
    if (cleaned.copies + cleaned.runs > 0)
      options.say?.(
        `Sauvegarde interrompue la dernière fois : ${cleaned.copies} copie(s) de travail effacée(s), ${cleaned.runs} sauvegarde(s) marquée(s) interrompue(s).`,
      );
  }
  if (report.backupFile)
    await areas.services.backups
      .keepPreMigrationCopy(report.backupFile, report.from, report.to)
      .then((file) => file && options.say?.(`Sauvegarde avant mise à jour écrite : ${file}`))
      .catch((error: unknown) =>
        options.say?.(`Sauvegarde avant mise à jour impossible : ${(error as Error).message}`),
      );
  const dispatch = createDispatcher({
    handlers: areas.handlers,
    sessions: areas.services.auth,
    audit: areas.services.audit,
    logger: options.logger,
  });
  return {
    db,
    dispatch,
    events,
    services: areas.services,
    transports: createTransportSeam(areas.services, events),
    migration: report,
    databaseKey,
    close: () => {
      // The database closes now; a native model still loaded is freed in the background.
      void areas.close().catch(() => undefined);
      db.close();
      unlock();
    },
  };
}
