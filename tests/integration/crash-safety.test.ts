import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection.js';
import { currentVersion, loadMigrations, migrate } from '../../db/migrate.js';
import { migrationsDir } from '../../db/paths.js';
import { DATABASE_FILE_NAME } from '../../electron/lib/data-dir.js';
import { packagePath } from '../../electron/lib/package-path.js';
import { restoreBackup } from '../../electron/services/backups/restore.js';
import { crashRun } from '../helpers/crash-runs.js';
import { tempDir } from '../helpers/temp-core.js';

const BACKUP_PASSPHRASE = 'phrase de la sauvegarde du soir';

/**
 * Nothing lost on a crash (issue 14), against the built server: `kill -9` at random moments while
 * patients are written over HTTP, while a backup runs, and in the middle of a migration.
 */
const randomBetween = (low: number, high: number) => low + Math.floor(Math.random() * (high - low));

describe('kill -9', () => {
  it('keeps every acknowledged write of 1,000, over several killed runs, and the database whole', async () => {
    const { dir, remove } = tempDir();
    try {
      let acknowledged = 0;
      let runs = 0;
      while (acknowledged < 1_000) {
        const run = await crashRun(dir, {
          writes: 1_000 - acknowledged,
          killAfterMs: randomBetween(300, 1_500),
          firstStart: runs === 0,
        });
        runs += 1;
        expect(run.lost).toBe(0);
        expect(run.integrity).toBe('ok');
        acknowledged += run.acknowledged;
      }
      expect(runs).toBeGreaterThan(1);
    } finally {
      remove();
    }
  }, 180_000);

  it('keeps the writes and a readable backup when the server dies while a backup runs', async () => {
    const { dir, remove } = tempDir();
    try {
      await crashRun(dir, { writes: 300, killAfterMs: 60_000, firstStart: true });
      const backupFile = join(dir, 'sauvegarde.sauvegarde');
      const run = await crashRun(dir, {
        writes: 1_000,
        killAfterMs: randomBetween(400, 1_200),
        firstStart: false,
        during: () =>
          new Promise<void>((resolve, reject) => {
            // The backup starts while patients are being written; the server is killed a moment later.
            setTimeout(() => {
              const backup = spawn(
                process.execPath,
                [packagePath('dist', 'cli.cjs'), 'backup', backupFile, '--data-dir', dir],
                { env: { ...process.env, PAUME_PHRASE_SAUVEGARDE: BACKUP_PASSPHRASE } },
              );
              backup.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`backup: ${code}`))));
            }, 150);
          }),
      });
      expect(run).toMatchObject({ lost: 0, integrity: 'ok' });
      expect(existsSync(backupFile)).toBe(true);
      // The backup is Cabinet's format: its dry run reads it whole (issue 22).
      const elsewhere = tempDir();
      try {
        const report = await restoreBackup({
          file: backupFile,
          dataDir: elsewhere.dir,
          passphrase: BACKUP_PASSPHRASE,
          dryRun: true,
          say: () => undefined,
          targetKey: () => randomBytes(32),
        });
        expect(report.integrity).toBe('ok');
        expect(report.counts.patients ?? 0).toBeGreaterThanOrEqual(300);
      } finally {
        elsewhere.remove();
      }
    } finally {
      remove();
    }
  }, 120_000);

  it('leaves a migration killed halfway as the old database or the new one, never between', async () => {
    const { dir, remove } = tempDir();
    try {
      const file = join(dir, DATABASE_FILE_NAME);
      const db = openDatabase(file, { key: null });
      await migrate(db, file, loadMigrations(migrationsDir()));
      const head = currentVersion(db);
      db.close();
      const child = (kill: boolean) =>
        new Promise<number | null>((resolve) => {
          const process_ = spawn(process.execPath, [
            '--import',
            'tsx',
            packagePath('tests', 'helpers', 'migrate-child.ts'),
            file,
          ]);
          process_.stdout.on('data', (chunk: Buffer) => {
            if (kill && chunk.toString().includes('début'))
              setTimeout(() => process_.kill('SIGKILL'), randomBetween(100, 600));
          });
          process_.once('exit', (code) => resolve(code));
        });

      expect(await child(true)).toBeNull(); // killed, not finished
      const after = openDatabase(file, { key: null });
      expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(currentVersion(after)).toBe(head);
      expect(after.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'slow_fill'").get()).toBeUndefined();
      after.close();

      // Run again to the end: the new version, whole.
      expect(await child(false)).toBe(0);
      const done = openDatabase(file, { key: null });
      expect(currentVersion(done)).toBe(head + 1);
      expect((done.prepare('SELECT count(*) AS n FROM slow_fill').get() as { n: number }).n).toBe(3_000_000);
      done.close();
    } finally {
      remove();
    }
  }, 120_000);
});
