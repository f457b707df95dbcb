import { WrongDatabaseKeyError } from '../../db/connection.js';
import { openPaumeCore, type PaumeCore } from '../core/paume-core.js';
import { DataDirBusyError } from '../lib/data-dir-lock.js';
import { databaseFileIn } from '../lib/data-dir.js';
import { DatabaseKeyError } from '../lib/database-key.js';
import { createLogger } from '../lib/logger.js';
import { CliError } from './cli-io.js';
import type { CliValues } from './options.js';
import { suppliedDatabaseKey } from './supplied-key.js';

/** The recovery key given at start, if any (PAUME_CLE_BASE or --demander-cle). */
export const suppliedKey = (values: CliValues): Promise<Buffer | null> =>
  suppliedDatabaseKey({ env: process.env, ask: values['demander-cle'] ?? false });

/** The core, with a busy data folder said as a command-line error (no stack trace for a person). */
export async function openCore(options: Parameters<typeof openPaumeCore>[0]): Promise<PaumeCore> {
  try {
    return await openPaumeCore(options);
  } catch (error) {
    if (
      error instanceof DataDirBusyError ||
      error instanceof DatabaseKeyError ||
      error instanceof WrongDatabaseKeyError
    )
      throw new CliError(error.message);
    throw error;
  }
}

/** Opens the core of a data folder for one piece of work, and closes it whatever happens. */
export async function withCore<T>(
  dataDir: string,
  work: (core: PaumeCore) => T | Promise<T>,
  exclusiveAs?: string,
): Promise<T> {
  const core = await openCore({
    databaseFile: databaseFileIn(dataDir),
    logger: createLogger(),
    ...(exclusiveAs ? { exclusiveAs } : {}),
    suppliedKey: await suppliedDatabaseKey({ env: process.env, ask: false }),
  });
  try {
    return await work(core);
  } finally {
    core.close();
  }
}
