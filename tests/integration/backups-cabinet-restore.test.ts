import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../db/backup.js';
import { practiceBackingUp } from '../helpers/backing-up.js';
import { patientInput } from '../helpers/patients.js';
import { caller, FIRST_ADMIN, ok, openCoreIn, tempDir } from '../helpers/temp-core.js';

/**
 * Restoring from Cabinet › Sauvegardes (issue 14): a dry run first (what the backup holds, nothing
 * changed), then the restore asked for, done at the next start before the database opens, the
 * database that was there kept aside.
 */
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

describe('restore from Cabinet', () => {
  it('dry-runs a backup, then restores it at the next start with the current database kept aside', async () => {
    const { data, core, admin } = await practiceBackingUp(cleanups);
    for (const birthName of ['Avant', 'Sauvée'])
      await ok(admin.call('patients.create', { ...patientInput({ birthName }), confirmNotDuplicate: true }));
    const { file } = await ok<{ file: string }>(admin.call('backups.runNow', {}));
    await ok(admin.call('patients.create', { ...patientInput({ birthName: 'Après' }), confirmNotDuplicate: true }));

    // The dry run: what the backup holds, and nothing changed.
    const dryRun = await ok<{ integrity: string; counts: Record<string, number> }>(
      admin.call('backups.inspect', { file: basename(file) }),
    );
    expect(dryRun).toMatchObject({ integrity: 'ok', counts: { patients: 2 } });
    expect(core.db.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(3);
    expect(await admin.call('backups.inspect', { file: '../paume.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', fields: { file: 'sauvegarde introuvable' } },
    });

    await ok(admin.call('backups.scheduleRestore', { file: basename(file) }));
    expect(await ok(admin.call('backups.status', {}))).toMatchObject({ pendingRestore: { file } });
    core.close();

    const said: string[] = [];
    const again = await openCoreIn(data.dir, (line) => said.push(line));
    cleanups.push(() => again.close());
    expect(said.join('\n')).toMatch(/restaurée \(2 patients/);
    expect(again.db.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(2);
    expect(readdirSync(data.dir).some((name) => name.includes('avant-restauration'))).toBe(true);
    expect(again.services.backups.status().pendingRestore).toBeNull();
    expect(existsSync(file)).toBe(true);
  });

  it('sends the copy made before a migration to the chosen folder, encrypted and checked', async () => {
    const data = tempDir();
    const backups = tempDir();
    cleanups.push(data.remove, backups.remove);
    const core = await openCoreIn(data.dir);
    cleanups.push(() => core.close());
    const admin = caller(core);
    await ok(admin.call('setup.initialize', FIRST_ADMIN));
    await ok(admin.call('patients.create', { ...patientInput({ birthName: 'Migrée' }), confirmNotDuplicate: true }));
    // The copy migrate() writes beside the database before changing it (same key, same format).
    const preMigration = join(data.dir, 'paume.sqlite.avant-migration-test.sqlite');
    await backupDatabase(core.db, preMigration);
    expect(await core.services.backups.keepPreMigrationCopy(preMigration, 16, 17)).toBeNull(); // no folder chosen
    await ok(
      admin.call('backups.saveSettings', { folder: backups.dir, passphrase: 'phrase du coffre-fort', enabled: false }),
    );
    const file = await core.services.backups.keepPreMigrationCopy(preMigration, 16, 17);
    expect(file).toMatch(/paume-.*\.sauvegarde$/);
    const runs = core.services.backups.status().runs;
    expect(runs[0]).toMatchObject({ ok: true, reason: 'avant la mise à jour de la base (v16 → v17)' });
    expect(await ok(admin.call('backups.inspect', { file: basename(file ?? '') }))).toMatchObject({
      integrity: 'ok',
      counts: { patients: 1 },
    });
  });
});
