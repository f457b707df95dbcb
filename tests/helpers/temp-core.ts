import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TransportContext } from '../../electron/api/node/dispatcher.js';
import { openPaumeCore, type PaumeCore } from '../../electron/core/paume-core.js';
import { databaseFileIn } from '../../electron/lib/data-dir.js';

/** A clock the test moves by hand (session lock, login throttling). */
export function manualClock(start = Date.UTC(2026, 10, 24, 8, 0, 0)) {
  let now = start;
  const clock = () => now;
  clock.advance = (ms: number) => {
    now += ms;
  };
  return clock;
}

export const silentLogger = { error: () => undefined };

export function tempDir(prefix = 'paume-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A real SQLite file in a temp dir, migrated to head, with every service wired as in the app. */
export async function openTempCore(
  clock = manualClock(),
  more: { mailStallMs?: number } = {},
): Promise<{ core: PaumeCore; clock: ReturnType<typeof manualClock>; file: string; dispose: () => void }> {
  const { dir, remove } = tempDir();
  const file = join(dir, 'paume.sqlite');
  const core = await openPaumeCore({ databaseFile: file, clock, logger: silentLogger, ...more });
  return {
    core,
    clock,
    file,
    dispose: () => {
      core.close();
      remove();
    },
  };
}

/** The core of a data folder as `paume serve` opens it (held exclusively), saying what it does at start. */
export const openCoreIn = (dataDir: string, say?: (line: string) => void) =>
  openPaumeCore({
    databaseFile: databaseFileIn(dataDir),
    logger: silentLogger,
    exclusiveAs: 'test',
    ...(say ? { say } : {}),
  });

/** A caller with a session token it remembers, as a transport would. */
export function caller(core: PaumeCore, seat = 'test', hostSeat = true) {
  let token: string | null = null;
  const transport = (): TransportContext => ({
    sessionToken: token,
    seat,
    hostSeat,
    onSessionIssued: (issued) => {
      token = issued;
    },
    onSessionEnded: () => {
      token = null;
    },
  });
  return {
    call: (method: string, input: unknown = {}) => core.dispatch(transport(), method, input),
    get token() {
      return token;
    },
  };
}

export const FIRST_ADMIN = {
  practiceName: 'SOS Main Test',
  login: 'alice',
  displayName: 'Dr Alice Martin',
  password: 'motdepasse-solide',
  alsoSurgeon: true,
};

export { RPPS } from './practitioners.js';

/** The rows a refused call must leave untouched (the audit log and sessions may grow). */
export function dataSnapshot(core: PaumeCore): string {
  const tables = ['practice', 'practitioners', 'users', 'user_roles'];
  return JSON.stringify(tables.map((table) => core.db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()));
}

/** The value of an accepted call; a refusal fails the test with its French message. */
export async function ok<T>(
  promise: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>,
): Promise<T> {
  const answer = await promise;
  if (!answer.ok) throw new Error(answer.error?.message);
  return answer.value as T;
}

/** The practice's secretary, as the administrator creates her; login with SECRETARY.password. */
export const SECRETARY = {
  login: 'nathalie',
  displayName: 'Nathalie Roux',
  password: 'secretariat-1',
  roles: ['secretary'],
  practitionerId: null,
} as const;

/** Creates the secretary's account (as `admin`) and signs her in on a caller of her own. */
export async function signedInSecretary(
  core: PaumeCore,
  admin: ReturnType<typeof caller>,
): Promise<{ secretary: ReturnType<typeof caller>; id: number }> {
  const created = await admin.call('users.create', SECRETARY);
  if (!created.ok) throw new Error(created.error.message);
  const secretary = caller(core);
  const login = await secretary.call('auth.login', { login: SECRETARY.login, password: SECRETARY.password });
  if (!login.ok) throw new Error(login.error.message);
  return { secretary, id: (created.value as { id: number }).id };
}
