import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A backup's working copy in the data folder, named by the process that writes it (`paume backup`
 * runs beside a running Paume, issue 22): `.sauvegarde-<pid>-<uuid>.sqlite` and its read-back.
 * Older versions wrote no process number.
 */
export const workingCopyName = (uuid: string) => `.sauvegarde-${String(process.pid)}-${uuid}.sqlite`;
const WORKING_COPY = /^\.sauvegarde-(?:(\d+)-)?[0-9a-f-]{36}\.sqlite/;
/** A restore's staging folder: restores run with the data folder locked, so none runs at a start. */
const STAGING = /^\.restauration-[0-9a-f-]{36}$/;

/** Whether another process with this number runs now (a `paume backup` still at work). */
function alive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A backup or a restore killed in the middle (Paume stopped, the machine switched off) leaves its
 * working copies: the database copy and its read-back in the data folder (encrypted with the
 * database's key, but a copy of every patient all the same), a restore's staging folder, and
 * `.partial` files in the backup folder. At the start, the data folder locked, they go, except
 * those of a `paume backup` still running beside (its process alive): then the backup folder's
 * partial files are its own too, and stay. Returns how many were removed (issue 27 item 10).
 */
export function removeInterruptedCopies(dataDir: string, backupFolder: string | null): number {
  let removed = 0;
  let backupRunning = false;
  const remove = (path: string) => {
    rmSync(path, { recursive: true, force: true });
    removed += 1;
  };
  if (existsSync(dataDir))
    for (const name of readdirSync(dataDir)) {
      const copy = WORKING_COPY.exec(name);
      if (copy?.[1] !== undefined && alive(Number(copy[1]))) backupRunning = true;
      else if (copy || STAGING.test(name)) remove(join(dataDir, name));
    }
  if (backupFolder && !backupRunning)
    for (const folder of [backupFolder, join(backupFolder, 'documents')])
      if (existsSync(folder))
        for (const name of readdirSync(folder)) if (name.endsWith('.partial')) remove(join(folder, name));
  return removed;
}
