import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { practiceBackingUp } from '../helpers/backing-up.js';
import { caller, FIRST_ADMIN, ok, openCoreIn } from '../helpers/temp-core.js';

/**
 * Issue 27 item 10: a backup killed in the middle leaves no working copy and no endless run
 * behind it once Paume starts again; a backup the check refuses cannot be scheduled for restore.
 * The kill is simulated by what it leaves (the files as writeBackup and restoreBackup name them,
 * a run never finished): killing a real backup at the right byte is not reproducible in a test.
 */
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});
const uuid = '0b5e2a4c-1d2e-4f60-8a9b-0c1d2e3f4a5b';

describe('after a backup killed in the middle', () => {
  it('the next start removes its working copies, keeps everything else, and marks its run interrupted', async () => {
    const { data, backups, core } = await practiceBackingUp(cleanups);
    core.db
      .prepare("INSERT INTO backup_runs (started_at, reason) VALUES ('2026-12-01T10:00:00.000Z', 'quotidienne')")
      .run();
    core.close();

    const leftovers = [
      // A dead process's copy (no process has that number), and one from before process numbers.
      join(data.dir, `.sauvegarde-4194303-${uuid}.sqlite`),
      join(data.dir, `.sauvegarde-${uuid}.sqlite.relue`),
      join(backups.dir, 'paume-2026-12-01-100000.sauvegarde.partial'),
    ];
    for (const file of leftovers) writeFileSync(file, 'copie chiffrée');
    mkdirSync(join(data.dir, `.restauration-${uuid}`));
    mkdirSync(join(backups.dir, 'documents'), { recursive: true });
    writeFileSync(join(backups.dir, 'documents', 'abc.enc.partial'), 'morceau');
    // Not a working copy: kept.
    const kept = [join(data.dir, '.sauvegarde-notes.txt'), join(backups.dir, 'documents', 'abc.enc')];
    for (const file of kept) writeFileSync(file, 'à garder');

    const said: string[] = [];
    const again = await openCoreIn(data.dir, (line) => said.push(line));
    cleanups.push(() => again.close());
    for (const file of [
      ...leftovers,
      join(data.dir, `.restauration-${uuid}`),
      join(backups.dir, 'documents', 'abc.enc.partial'),
    ])
      expect(existsSync(file), basename(file)).toBe(false);
    for (const file of kept) expect(readFileSync(file, 'utf8')).toBe('à garder');
    expect(said.join('\n')).toMatch(
      /5 copie\(s\) de travail effacée\(s\), 1 sauvegarde\(s\) marquée\(s\) interrompue\(s\)/,
    );
    const admin2 = caller(again);
    await ok(admin2.call('auth.login', { login: FIRST_ADMIN.login, password: FIRST_ADMIN.password }));
    const status = await ok<{ runs: { ok: boolean; finishedAt: string | null; detail: string }[] }>(
      admin2.call('backups.status', {}),
    );
    expect(status.runs[0]).toMatchObject({ ok: false, detail: expect.stringMatching(/^interrompue/) });
    expect(status.runs[0]?.finishedAt).not.toBeNull();
  });

  it('leaves alone the working copies of a `paume backup` still running beside (its process alive)', async () => {
    const { data, backups, core } = await practiceBackingUp(cleanups);
    core.close();
    // The test runner's parent stands for the other process: alive, and not this one.
    const running = [
      join(data.dir, `.sauvegarde-${String(process.ppid)}-${uuid}.sqlite`),
      join(backups.dir, 'paume-x.sauvegarde.partial'),
    ];
    for (const file of running) writeFileSync(file, 'en cours');
    const again = await openCoreIn(data.dir);
    cleanups.push(() => again.close());
    for (const file of running) expect(existsSync(file), basename(file)).toBe(true);
  });
});

describe('a backup the check refuses', () => {
  it('cannot be scheduled for restore: refused with the file named, no restore asked', async () => {
    const { core, admin } = await practiceBackingUp(cleanups);
    cleanups.push(() => core.close());
    const { file } = await ok<{ file: string }>(admin.call('backups.runNow', {}));
    // Damaged on the disk: a few bytes in the middle changed.
    const bytes = readFileSync(file);
    bytes.fill(0, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 64);
    writeFileSync(file, bytes);
    expect(await admin.call('backups.inspect', { file: basename(file) })).toMatchObject({
      ok: false,
      error: { fields: { file: 'sauvegarde illisible' } },
    });
    expect(await admin.call('backups.scheduleRestore', { file: basename(file) })).toMatchObject({
      ok: false,
      error: { fields: { file: 'sauvegarde illisible' } },
    });
    expect(await ok(admin.call('backups.status', {}))).toMatchObject({ pendingRestore: null });
  });
});
