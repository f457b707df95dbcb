import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { getISOWeek, getISOWeekYear, parseISO } from 'date-fns';
import { BACKUP_FILE } from './files.js';

/**
 * Which backups to keep (issue 14): the newest of each of the last 7 days, of the last 4 weeks
 * and of the last 12 months; the others can go. `stamps` are the backups' dates (YYYY-MM-DD…),
 * newest or not; the result holds the stamps to keep.
 */
export function backupsToKeep(stamps: readonly string[]): Set<string> {
  const newestFirst = [...stamps].sort().reverse();
  const keep = new Set<string>();
  const take = (periodOf: (stamp: string) => string, count: number) => {
    const seen = new Set<string>();
    for (const stamp of newestFirst) {
      const period = periodOf(stamp);
      if (seen.has(period)) continue;
      if (seen.size === count) break;
      seen.add(period);
      keep.add(stamp);
    }
  };
  take((stamp) => stamp.slice(0, 10), 7);
  take(isoWeekOf, 4);
  take((stamp) => stamp.slice(0, 7), 12);
  return keep;
}

/** « 2026-W48 »: ISO weeks, Monday first, as the practice's (date-fns, not hand-made arithmetic). */
const isoWeekOf = (stamp: string): string => {
  const day = parseISO(stamp.slice(0, 10));
  return `${getISOWeekYear(day)}-W${String(getISOWeek(day)).padStart(2, '0')}`;
};

/** Removes from `folder` the backups (and their manifests) `backupsToKeep` lets go; how many went. */
export function rotateBackups(folder: string): number {
  const backups = readdirSync(folder).filter((name) => BACKUP_FILE.test(name));
  const keep = backupsToKeep(backups.map((name) => BACKUP_FILE.exec(name)?.[1] ?? ''));
  let removed = 0;
  for (const name of backups)
    if (!keep.has(BACKUP_FILE.exec(name)?.[1] ?? '')) {
      rmSync(join(folder, name), { force: true });
      rmSync(join(folder, name.replace(/\.sauvegarde$/, '.json')), { force: true });
      removed += 1;
    }
  return removed;
}
