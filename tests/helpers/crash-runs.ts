import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DATABASE_FILE_NAME } from '../../electron/lib/data-dir.js';
import { servePaume } from './paume-server.js';
import { patientInput } from './patients.js';
import { openWithFolderKey } from './data-key.js';

/**
 * `kill -9` against the real server (issue 14): the built `paume serve` writes patients sent over
 * HTTP one after the other; it is killed without warning at a random moment; started again, every
 * write it had acknowledged must be there and SQLite's integrity check must say « ok ».
 * Shared by the integration test (a few runs) and `bench/crash.ts` (more runs, printed).
 */
export const CRASH_ADMIN = {
  login: 'crash',
  password: 'motdepasse-crash',
  displayName: 'Crash',
  practiceName: 'Crash',
  alsoSurgeon: false,
};

/** The built server over `dataDir` (the e2e tests start it the same way). */
export const startServer = (dataDir: string) => servePaume(dataDir);

/** A logged-in HTTP session on that server (the first start creates the practice). */
export async function session(url: string, firstStart: boolean) {
  let cookie = '';
  const post = async (method: string, body: unknown) => {
    const response = await fetch(`${url}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0] ?? '';
    return (await response.json()) as { ok: boolean; value?: { id?: number }; error?: { message: string } };
  };
  if (firstStart) {
    const setup = await post('setup.initialize', CRASH_ADMIN);
    if (!setup.ok) throw new Error(`création du cabinet refusée : ${setup.error?.message ?? ''}`);
  }
  const login = await post('auth.login', { login: CRASH_ADMIN.login, password: CRASH_ADMIN.password });
  if (!login.ok) throw new Error(`connexion refusée : ${login.error?.message ?? ''}`);
  return post;
}

const stopped = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

export interface CrashRunResult {
  readonly acknowledged: number;
  readonly lost: number;
  readonly integrity: string;
}

/**
 * One run: writes up to `writes` patients and kills the server after `killAfterMs`, then checks.
 * `during` runs alongside the writes (a backup, for instance) and is awaited before checking.
 */
export async function crashRun(
  dataDir: string,
  options: { writes: number; killAfterMs: number; firstStart: boolean; during?: () => Promise<void> },
): Promise<CrashRunResult> {
  const server = await startServer(dataDir);
  const post = await session(server.url, options.firstStart);
  const acknowledged: number[] = [];
  // An object, not a boolean: the timer changes it while the loop below runs.
  const state = { killed: false };
  const killer = setTimeout(() => {
    state.killed = true;
    server.child.kill('SIGKILL');
  }, options.killAfterMs);
  const alongside = options.during?.();
  for (let index = 0; index < options.writes && !state.killed; index += 1) {
    try {
      const answer = await post('patients.create', {
        ...patientInput({ birthName: `Panne${acknowledged.length}`, birthDate: '1970-01-01' }),
        confirmNotDuplicate: true,
      });
      if (answer.ok && answer.value?.id) acknowledged.push(answer.value.id);
    } catch {
      break; // the connection died with the server: that write was never acknowledged
    }
  }
  clearTimeout(killer);
  if (!state.killed) server.child.kill('SIGKILL');
  await stopped(server.child);
  await alongside?.catch(() => undefined);

  // Started again on the same folder (the dead process's lock is taken over): every acknowledged write is there.
  const again = await startServer(dataDir);
  let lost = 0;
  try {
    const check = await session(again.url, false);
    for (const id of acknowledged) if (!(await check('patientFile.open', { id })).ok) lost += 1;
  } finally {
    again.child.kill('SIGTERM');
    await stopped(again.child);
  }
  const db = openWithFolderKey(join(dataDir, DATABASE_FILE_NAME), { readonly: true });
  const integrity = db.pragma('integrity_check', { simple: true }) as string;
  db.close();
  return { acknowledged: acknowledged.length, lost, integrity };
}
