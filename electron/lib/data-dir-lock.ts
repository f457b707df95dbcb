import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { processStartOf } from './process-start.js';

export const LOCK_FILE_NAME = 'paume.lock';

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly what: string;
  readonly since: string;
  /** When the holder started (processStartOf), or null where it cannot be known (issue 27). */
  readonly started: string | null;
}

/** Another Paume works on this data folder: says which process, so a person can find it. */
export class DataDirBusyError extends Error {
  constructor(readonly holder: Holder) {
    const since = new Date(holder.since);
    const at = Number.isNaN(since.getTime())
      ? holder.since
      : since.toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' });
    super(
      `Ce dossier de données est déjà utilisé par Paume (${holder.what}, processus ${holder.pid} sur ${holder.host}, depuis le ${at}) : ` +
        'fermez cette fenêtre ou arrêtez ce serveur d’abord, ou choisissez un autre dossier avec --data-dir.',
    );
    this.name = 'DataDirBusyError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): Holder | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string'
      ? {
          pid: parsed.pid,
          host: parsed.host,
          what: parsed.what ?? 'Paume',
          since: parsed.since ?? '',
          started: typeof parsed.started === 'string' ? parsed.started : null,
        }
      : null;
  } catch {
    return null;
  }
}

/**
 * Whether the process a lock names still holds it: alive, and (issue 27, point 10) the same process
 * as the one that wrote the lock. A number given since to another process (after a reboot, or
 * once the counter wraps) is not the holder: when both start times are known and differ, the lock
 * is stale. When either is unknown (a lock written before this check, a system where it cannot be
 * read), a live number keeps the lock: never two Paume on one folder.
 */
function holds(holder: Holder): boolean {
  if (!alive(holder.pid)) return false;
  const startedNow = holder.started === null ? null : processStartOf(holder.pid);
  return startedNow === null || startedNow === holder.started;
}

/**
 * One data folder, one Paume at a time (issue 9): two servers, or a window and a server, writing
 * one database and one documents folder would each believe it alone holds the sessions, the
 * queues and the files. The lock file is created exclusively; one left by a process that died
 * (same machine, process gone, or its number now another process's) is taken over. Returns the
 * release function.
 */
export function lockDataDir(dataDir: string, what: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE_NAME);
  const me: Holder = {
    pid: process.pid,
    host: hostname(),
    what,
    since: new Date().toISOString(),
    started: processStartOf(process.pid),
  };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = openSync(file, 'wx', 0o600);
      writeSync(handle, JSON.stringify(me));
      closeSync(handle);
      return () => {
        if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      // A lock from another machine (a shared folder) is never taken over: its process cannot be checked.
      if (holder && (holder.host !== me.host || holds(holder))) throw new DataDirBusyError(holder);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`verrou ${file} impossible à prendre`);
}
