import type { Db } from '../../db/connection.js';
import type { EventBus } from '../api/common/contract.js';
import type { Handlers } from '../api/node/dispatcher.js';
import type { Clock } from '../lib/clock.js';
import type { DatabaseKey } from '../lib/database-key.js';
import type { FileVault } from '../lib/file-vault.js';
import type { IsolatedRunner } from '../lib/isolated-process.js';
import type { SecretSealer } from '../lib/secret-box.js';

/** What every area receives from electron/core: the database, the time, the event bus, the data folder. */
export interface AreaContext {
  readonly db: Db;
  readonly clock: Clock;
  readonly events: EventBus;
  /** The folder of the database; areas keep their files (documents, letters, models) below it. */
  readonly dataDir: string;
  /** Runs a script in a process of its own (a child Node; a utility process in the Electron window). */
  readonly runIsolated: IsolatedRunner;
  /** Seals passwords and keys before they are stored (issue 11). */
  readonly secrets: SecretSealer;
  /** The database key and where it came from (issue 14): the keys area shows it once as the recovery key. */
  readonly databaseKey: DatabaseKey;
  /** Encrypts the files kept beside the database (documents, recordings, letters). */
  readonly files: FileVault;
  /** True in the server and the window: areas may start work that runs by itself (mail sync). */
  readonly backgroundWork: boolean;
  /** How long the mail sync may make no progress before it is restarted (issue 27); default a minute. */
  readonly mailStallMs?: number;
}

/**
 * One capability, built: its service (what other areas and the CLI call) and its handlers (what
 * the dispatcher calls for the contract methods it answers). Each handler keeps its method's
 * exact input and output types; core checks at start-up that every method has exactly one.
 */
export interface Area<Service> {
  readonly service: Service;
  readonly handlers: Partial<Handlers>;
  /** Releases what the area holds open (a native model, a worker), when Paume stops. */
  readonly close?: () => Promise<void>;
}

export const done = { done: true } as const;
