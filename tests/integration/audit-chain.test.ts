import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection.js';
import { loadMigrations, migrate } from '../../db/migrate.js';
import { migrationsDir } from '../../db/paths.js';
import { runCli } from '../../electron/cli/run.js';
import { openPaumeCore } from '../../electron/core/paume-core.js';
import { databaseFileIn } from '../../electron/lib/data-dir.js';
import { patientInput } from '../helpers/patients.js';
import { caller, FIRST_ADMIN, openTempCore, silentLogger, tempDir } from '../helpers/temp-core.js';
import { openWithFolderKey } from '../helpers/data-key.js';

/**
 * The access log as a hash chain (issue 14): each entry holds the previous one's hash, so a
 * changed, removed or inserted entry is named by `audit.verify` and `paume audit verify`; the
 * head kept at each backup shows a log cut short; entries from before the chain are sealed once.
 */
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/** A practice with some history: setup, five patients created (each one traced). */
async function practiceWithHistory() {
  const opened = await openTempCore();
  cleanups.push(opened.dispose);
  const admin = caller(opened.core);
  await admin.call('setup.initialize', FIRST_ADMIN);
  for (const birthName of ['Arnaud', 'Besson', 'Chevalier', 'Dupuis', 'Étienne'])
    expect(
      (await admin.call('patients.create', { ...patientInput({ birthName }), confirmNotDuplicate: true })).ok,
    ).toBe(true);
  return { ...opened, admin };
}

/** Another connection on the same file, as someone with the disk in hand, triggers removed. */
function tamper(file: string, sql: string) {
  const raw = openWithFolderKey(file);
  raw.exec('DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;');
  raw.exec(sql);
  raw.close();
}

const verify = async (admin: ReturnType<typeof caller>) => {
  const answer = await admin.call('audit.verify', {});
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as {
    entries: number;
    head: { entryId: number } | null;
    firstBroken: { entryId: number; reason: string } | null;
  };
};

describe('the audit chain', () => {
  it('is whole after ordinary work, and stays append-only', async () => {
    const { admin, file } = await practiceWithHistory();
    const report = await verify(admin);
    expect(report.firstBroken).toBeNull();
    expect(report.entries).toBeGreaterThan(5);
    expect(report.head?.entryId).toBe(report.entries);
    const raw = openWithFolderKey(file);
    expect(() => raw.prepare("UPDATE audit_log SET detail = 'effacé' WHERE id = 2").run()).toThrow(/append-only/);
    expect(() => raw.prepare('DELETE FROM audit_log WHERE id = 2').run()).toThrow(/append-only/);
    raw.close();
  });

  it('names the entry whose content was changed in the file', async () => {
    const { admin, file } = await practiceWithHistory();
    tamper(file, "UPDATE audit_log SET detail = 'rien vu' WHERE id = 4");
    const report = await verify(admin);
    expect(report.firstBroken).toMatchObject({ entryId: 4, reason: 'son contenu a été modifié' });
  });

  it('names the entry after one removed, and a log cut short after a backup', async () => {
    const { admin, file } = await practiceWithHistory();
    tamper(file, 'DELETE FROM audit_log WHERE id = 3');
    expect((await verify(admin)).firstBroken).toMatchObject({ entryId: 4 });
    expect((await verify(admin)).firstBroken?.reason).toMatch(/ne suit pas l’entrée précédente/);

    const other = await practiceWithHistory();
    const head = other.core.services.audit.recordHead('sauvegarde de test');
    expect(head).not.toBeNull();
    tamper(other.file, `DELETE FROM audit_log WHERE id >= ${(head?.entryId ?? 0) - 1}`);
    const cut = await verify(other.admin);
    expect(cut.firstBroken?.entryId).toBe(head?.entryId);
    expect(cut.firstBroken?.reason).toMatch(/tronqué/);
  });

  it('paume audit verify says the chain is whole, or names the first broken entry with exit code 1', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const core = await openPaumeCore({ databaseFile: databaseFileIn(dir), logger: silentLogger });
    const admin = caller(core);
    await admin.call('setup.initialize', FIRST_ADMIN);
    await admin.call('patients.create', { ...patientInput(), confirmNotDuplicate: true });
    core.close();
    const lines: string[] = [];
    const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(`! ${line}`) };
    expect(await runCli(['audit', 'verify', '--data-dir', dir], io)).toBe(0);
    expect(lines.at(-1)).toMatch(/^Chaîne du journal intacte : \d+ entrées vérifiées/);
    tamper(databaseFileIn(dir), "UPDATE audit_log SET seat = 'ailleurs' WHERE id = 2");
    expect(await runCli(['audit', 'verify', '--data-dir', dir], io)).toBe(1);
    expect(lines.join('\n')).toMatch(/! Chaîne du journal ROMPUE à l'entrée n° 2 .*son contenu a été modifié/);
    await expect(runCli(['audit', '--data-dir', dir], io)).rejects.toThrow(/paume audit verify/);
  });

  it('seals, once and in order, the entries written before the chain existed', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const file = databaseFileIn(dir);
    // A database of the version before the chain (and before encryption), with a log already written.
    const old = openDatabase(file, { key: null });
    const migrations = loadMigrations(migrationsDir());
    const before = migrations.findIndex((migration) => migration.name === 'audit_chain');
    await migrate(old, file, migrations.slice(0, before));
    const insert = old.prepare(
      "INSERT INTO audit_log (at, seat, action, outcome, detail) VALUES (?, 'poste', ?, 'ok', '')",
    );
    for (let index = 0; index < 25; index += 1)
      insert.run(`2026-01-01T10:00:${String(index).padStart(2, '0')}Z`, `ancien.${index}`);
    old.close();

    const core = await openPaumeCore({ databaseFile: file, logger: silentLogger });
    cleanups.push(() => core.close());
    const report = core.services.audit.verifyChain();
    expect(report.firstBroken).toBeNull();
    expect(report.entries).toBeGreaterThanOrEqual(25);
    // Sealed means sealed: the seal cannot be written twice.
    const raw = openWithFolderKey(file);
    expect(() => raw.prepare("UPDATE audit_log SET hash = 'x', prev_hash = 'y' WHERE id = 1").run()).toThrow(
      /append-only/,
    );
    raw.close();
  });
});
