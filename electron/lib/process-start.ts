import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * When a process started, as a text that changes whenever its number is given to another process
 * (issue 27, point 10): a process number alone is reused, after a reboot or once the counter wraps.
 *
 * - Linux: the boot's id and field 22 of /proc/<pid>/stat (start time in clock ticks since boot),
 *   so the same ticks after another boot are another process.
 * - macOS and the BSDs: the start date that `ps -o lstart=` prints (to the second).
 * - elsewhere (Windows), or when it cannot be read: null, and the caller cannot tell two processes
 *   of one number apart.
 */
export function processStartOf(pid: number, platform: NodeJS.Platform = process.platform): string | null {
  if (!Number.isSafeInteger(pid) || pid <= 0) return null;
  try {
    if (platform === 'linux') return linuxStart(pid);
    if (platform === 'darwin' || platform === 'freebsd' || platform === 'openbsd') return psStart(pid);
  } catch {
    // A process gone meanwhile, /proc not mounted, no ps: nothing known.
  }
  return null;
}

function linuxStart(pid: number): string | null {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Field 2 (the command name, in parentheses) may hold spaces and parentheses: count from the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (the state), so field 22 is fields[19].
  const ticks = fields[19];
  if (ticks === undefined || !/^\d+$/.test(ticks)) return null;
  const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  return `linux:${boot}:${ticks}`;
}

function psStart(pid: number): string | null {
  const started = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C' },
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 5_000,
  })
    .trim()
    .replace(/\s+/g, ' ');
  return started === '' ? null : `ps:${started}`;
}
