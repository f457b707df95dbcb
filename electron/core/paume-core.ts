import { dirname } from 'node:path';
import type { Db } from '../../db/connection.js';
import type { MigrationReport } from '../../db/migrate.js';
import { openMigratedDatabase } from '../../db/open-migrated.js';
import { createPaumeEventBus, type EventBus } from '../api/contract.js';
import { createDispatcher, type Dispatch, type DispatcherLogger } from '../api/dispatcher.js';
import { systemClock, type Clock } from '../lib/clock.js';
import { lockDataDir } from '../lib/data-dir-lock.js';
import { childNodeRunner, type IsolatedRunner } from '../lib/isolated-process.js';
import { keyFileSealer, secretsKeyFile, type SecretSealer } from '../lib/secret-box.js';
import { createAreas, type Services } from './areas.js';

export type { Services };

export interface PaumeCore {
  readonly db: Db;
  readonly dispatch: Dispatch;
  readonly events: EventBus;
  readonly services: Services;
  readonly migration: MigrationReport;
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
}): Promise<PaumeCore> {
  const clock = options.clock ?? systemClock;
  const unlock = options.exclusiveAs
    ? lockDataDir(dirname(options.databaseFile), options.exclusiveAs)
    : () => undefined;
  let opened: Awaited<ReturnType<typeof openMigratedDatabase>>;
  try {
    opened = await openMigratedDatabase(options.databaseFile);
  } catch (error) {
    unlock();
    throw error;
  }
  const { db, report } = opened;
  const events = createPaumeEventBus();
  const dataDir = dirname(options.databaseFile);
  const areas = createAreas({
    db,
    clock,
    events,
    dataDir,
    runIsolated: options.runIsolated ?? childNodeRunner,
    secrets: options.secrets ?? keyFileSealer(secretsKeyFile(dataDir)),
    backgroundWork: options.backgroundWork ?? false,
  });
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
    migration: report,
    close: () => {
      // The database closes now; a native model still loaded is freed in the background.
      void areas.close().catch(() => undefined);
      db.close();
      unlock();
    },
  };
}
