import { caller, FIRST_ADMIN, ok, openCoreIn, tempDir } from './temp-core.js';

/**
 * A practice set up in a fresh data folder, its backups going to another fresh folder (the
 * folders removed by the test's cleanups; the core is the test's to close).
 */
export async function practiceBackingUp(cleanups: (() => void)[]) {
  const data = tempDir();
  const backups = tempDir();
  cleanups.push(data.remove, backups.remove);
  const core = await openCoreIn(data.dir);
  const admin = caller(core);
  await ok(admin.call('setup.initialize', FIRST_ADMIN));
  await ok(
    admin.call('backups.saveSettings', { folder: backups.dir, passphrase: 'phrase du coffre-fort', enabled: false }),
  );
  return { data, backups, core, admin };
}
