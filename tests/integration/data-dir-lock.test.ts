import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPaumeCore } from '../../electron/core/paume-core.js';
import { DataDirBusyError, LOCK_FILE_NAME, lockDataDir } from '../../electron/lib/data-dir-lock.js';
import { processStartOf } from '../../electron/lib/process-start.js';
import { silentLogger, tempDir } from '../helpers/temp-core.js';

/**
 * Issue 27, point 10: a paume.lock left by a Paume that died, whose process number now belongs to
 * another live process, no longer blocks the start; the lock of a Paume still running still does.
 * Real lock files in a temp folder, a real other process (`sleep`) holding the number.
 */
let other: ChildProcess;
let otherPid: number;
const folders: (() => void)[] = [];

beforeAll(async () => {
  other = spawn('sleep', ['600'], { stdio: 'ignore' });
  await once(other, 'spawn');
  otherPid = other.pid ?? 0;
});
afterAll(() => {
  other.kill();
  for (const remove of folders.splice(0)) remove();
});

/** A data folder whose paume.lock names `pid`, written as a Paume would, with this start time. */
function folderLockedBy(pid: number, started: string | undefined): string {
  const { dir, remove } = tempDir('paume-lock-');
  folders.push(remove);
  const lock = { pid, host: hostname(), what: 'paume serve', since: '2026-11-24T08:00:00.000Z', started };
  writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify(lock));
  return dir;
}
const lockOf = (dir: string) => JSON.parse(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8')) as Record<string, unknown>;

const startKnown = processStartOf(process.pid) !== null;

describe('the start time of a process', () => {
  it.runIf(startKnown)('is the same for one process, another for another, unknown for none', () => {
    expect(processStartOf(process.pid)).toBe(processStartOf(process.pid));
    expect(processStartOf(otherPid)).not.toBeNull();
    expect(processStartOf(otherPid)).not.toBe(processStartOf(process.pid));
    expect(processStartOf(2 ** 22 + 12345)).toBeNull();
    expect(processStartOf(0)).toBeNull();
  });

  it.runIf(process.platform === 'linux')('on Linux, names the boot: the same ticks after a reboot differ', () => {
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    expect(processStartOf(otherPid)).toMatch(new RegExp(`^linux:${bootId}:\\d+$`));
  });

  it.runIf(existsSync('/usr/bin/ps') || existsSync('/bin/ps'))('elsewhere, reads it from ps', () => {
    const started = processStartOf(otherPid, 'darwin');
    expect(started).toMatch(/^ps:\S/);
    expect(processStartOf(otherPid, 'darwin')).toBe(started);
    expect(processStartOf(2 ** 22 + 12345, 'darwin')).toBeNull();
  });

  it('is unknown where it cannot be read', () => {
    expect(processStartOf(process.pid, 'win32')).toBeNull();
  });
});

describe.runIf(startKnown)('a lock whose process number is alive', () => {
  it('records the start time of the Paume that holds it', () => {
    const { dir, remove } = tempDir('paume-lock-');
    folders.push(remove);
    const release = lockDataDir(dir, 'paume serve');
    expect(lockOf(dir)).toMatchObject({ pid: process.pid, started: processStartOf(process.pid) });
    release();
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it('is stale when that number now belongs to a process started at another time: the start proceeds', () => {
    const dir = folderLockedBy(otherPid, 'linux:00000000-0000-0000-0000-000000000000:1');
    const release = lockDataDir(dir, 'paume serve');
    expect(lockOf(dir)).toMatchObject({ pid: process.pid, started: processStartOf(process.pid) });
    release();
  });

  it.runIf(process.platform === 'linux')('is stale when the same start ticks were of another boot', () => {
    const ticks = (processStartOf(otherPid) ?? '').split(':').at(-1);
    const dir = folderLockedBy(otherPid, `linux:11111111-2222-3333-4444-555555555555:${ticks}`);
    lockDataDir(dir, 'paume serve')();
  });

  it('is held when the number and the start time are those of the running process: refused', () => {
    const dir = folderLockedBy(otherPid, processStartOf(otherPid) ?? '');
    expect(() => lockDataDir(dir, 'paume serve')).toThrow(DataDirBusyError);
    expect(() => lockDataDir(dir, 'paume serve')).toThrow(new RegExp(`processus ${otherPid} `));
    expect(lockOf(dir)).toMatchObject({ pid: otherPid });
  });

  it('is held when it records no start time (written before this check): never two Paume on one folder', () => {
    const dir = folderLockedBy(otherPid, undefined);
    expect(() => lockDataDir(dir, 'paume serve')).toThrow(DataDirBusyError);
  });

  it('no longer stops the server from opening its data folder once stale', async () => {
    const dir = folderLockedBy(otherPid, 'linux:00000000-0000-0000-0000-000000000000:1');
    const core = await openPaumeCore({
      databaseFile: join(dir, 'paume.sqlite'),
      logger: silentLogger,
      exclusiveAs: 'paume serve',
    });
    expect(lockOf(dir)).toMatchObject({ pid: process.pid, what: 'paume serve' });
    core.close();
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
  });
});
