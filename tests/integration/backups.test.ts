import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run.js';
import { openPaumeCore } from '../../electron/core/paume-core.js';
import { databaseFileIn } from '../../electron/lib/data-dir.js';
import { backupsToKeep } from '../../electron/services/backups/rotation.js';
import { patientInput } from '../helpers/patients.js';
import { solidPng } from '../helpers/png.js';
import { caller, FIRST_ADMIN, silentLogger, tempDir } from '../helpers/temp-core.js';
import { openWithFolderKey } from '../helpers/data-key.js';

/**
 * Backups that restore (issue 14): a practice with patients and a photo is backed up into a
 * folder (encrypted, checked), restored with `paume restore` into another data folder with
 * everything there; a dry run changes nothing; a wrong passphrase, an altered file and a running
 * seat are refused; old backups rotate.
 */
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});
const folder = () => {
  const made = tempDir();
  cleanups.push(made.remove);
  return made.dir;
};
const PASSPHRASE = 'la clé est dans le coffre';
const capture = () => {
  const lines: string[] = [];
  return { io: { out: (line: string) => lines.push(line), err: (line: string) => lines.push(`! ${line}`) }, lines };
};

async function practiceBackedUp() {
  const dataDir = folder();
  const backups = folder();
  const core = await openPaumeCore({ databaseFile: databaseFileIn(dataDir), logger: silentLogger });
  const admin = caller(core);
  await admin.call('setup.initialize', FIRST_ADMIN);
  const patients: number[] = [];
  for (const birthName of ['Aubert', 'Bonnet', 'Carpentier']) {
    const created = await admin.call('patients.create', { ...patientInput({ birthName }), confirmNotDuplicate: true });
    if (created.ok) patients.push((created.value as { id: number }).id);
  }
  const photo = solidPng(30, 20, [10, 120, 200]);
  const added = await admin.call('documents.add', {
    patientId: patients[0],
    visitId: null,
    fileName: 'plaie.png',
    content: photo.toString('base64'),
  });
  expect(added.ok).toBe(true);
  const refused = await admin.call('backups.saveSettings', { folder: backups, passphrase: 'courte' });
  expect(refused).toMatchObject({ ok: false, error: { fields: { passphrase: expect.any(String) } } });
  expect((await admin.call('backups.saveSettings', { folder: backups, passphrase: PASSPHRASE })).ok).toBe(true);
  const run = await admin.call('backups.runNow', {});
  if (!run.ok) throw new Error(run.error.message);
  core.close();
  return { dataDir, backups, patients, photo, file: (run.value as { file: string }).file };
}

describe('backups', () => {
  it('writes an encrypted, checked backup with its documents and a manifest', async () => {
    const { backups, file, photo } = await practiceBackedUp();
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 8).toString()).toBe('PAUMEBK1');
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from('Carpentier'))).toBe(false);
    const manifest = JSON.parse(readFileSync(file.replace(/\.sauvegarde$/, '.json'), 'utf8')) as {
      counts: Record<string, number>;
      chainHead: { entryId: number } | null;
    };
    expect(manifest.counts.patients).toBe(3);
    expect(manifest.chainHead?.entryId).toBeGreaterThan(0);
    const documents = readdirSync(join(backups, 'documents'));
    expect(documents).toHaveLength(1);
    expect(readFileSync(join(backups, 'documents', documents[0] ?? '')).includes(photo)).toBe(false);
  });

  it('refuses to back up into a folder that is gone (an unplugged disk), creating nothing', async () => {
    const dataDir = folder();
    const backups = folder();
    const core = await openPaumeCore({ databaseFile: databaseFileIn(dataDir), logger: silentLogger });
    cleanups.push(() => core.close());
    const admin = caller(core);
    await admin.call('setup.initialize', FIRST_ADMIN);
    const plugged = join(backups, 'cle-usb', 'paume');
    // Chosen once in Cabinet: the folder may be created then, explicitly.
    expect((await admin.call('backups.saveSettings', { folder: plugged, passphrase: PASSPHRASE })).ok).toBe(true);
    const first = await admin.call('backups.runNow', {});
    if (!first.ok) throw new Error(first.error.message);
    // « 1 patient », « 0 document dont 0 nouveau »: French agreement, no « 1 documents ».
    expect((first.value as { detail: string }).detail).toMatch(/0 patient\b.*0 document dont 0 nouveau\b/);
    rmSync(join(backups, 'cle-usb'), { recursive: true, force: true });
    const unplugged = await admin.call('backups.runNow', {});
    expect(unplugged).toMatchObject({ ok: false, error: { message: expect.stringContaining('n’est pas branché') } });
    expect(existsSync(plugged)).toBe(false);
    expect(readdirSync(dataDir).filter((name) => name.startsWith('.sauvegarde-'))).toEqual([]);
  });

  it('restores into another data folder with everything there; a dry run changes nothing', async () => {
    const { file, patients, photo } = await practiceBackedUp();
    const elsewhere = folder();
    process.env.PAUME_PHRASE_SAUVEGARDE = PASSPHRASE;
    try {
      const dry = capture();
      expect(await runCli(['restore', file, '--dry-run', '--data-dir', elsewhere], dry.io)).toBe(0);
      expect(dry.lines.join('\n')).toMatch(/intégrité ok.*3 patients/s);
      expect(existsSync(databaseFileIn(elsewhere))).toBe(false);

      const real = capture();
      expect(await runCli(['restore', file, '--data-dir', elsewhere], real.io)).toBe(0);
      expect(real.lines.join('\n')).toMatch(/1 document remis/);
      const core = await openPaumeCore({ databaseFile: databaseFileIn(elsewhere), logger: silentLogger });
      cleanups.push(() => core.close());
      const admin = caller(core);
      await admin.call('auth.login', { login: FIRST_ADMIN.login, password: FIRST_ADMIN.password });
      for (const id of patients) expect((await admin.call('patientFile.open', { id })).ok).toBe(true);
      const file0 = await admin.call('patientFile.open', { id: patients[0] });
      const document = (file0 as { value: { documents: { id: number }[] } }).value.documents[0];
      const content = await admin.call('documents.content', { id: document?.id });
      expect(content).toMatchObject({ ok: true, value: { contentBase64: photo.toString('base64') } });
      expect(core.services.audit.verifyChain().firstBroken).toBeNull();
    } finally {
      delete process.env.PAUME_PHRASE_SAUVEGARDE;
    }
  });

  it('refuses a wrong passphrase, an altered file and a running seat, changing nothing', async () => {
    const { dataDir, file } = await practiceBackedUp();
    const elsewhere = folder();
    const { io } = capture();
    process.env.PAUME_PHRASE_SAUVEGARDE = 'ce n’est pas la bonne phrase';
    try {
      await expect(runCli(['restore', file, '--data-dir', elsewhere], io)).rejects.toThrow(
        /phrase de sauvegarde fausse/,
      );
      process.env.PAUME_PHRASE_SAUVEGARDE = PASSPHRASE;
      const altered = `${file}.altere`;
      const bytes = readFileSync(file);
      bytes[bytes.length - 100] = (bytes[bytes.length - 100] ?? 0) ^ 0xff;
      writeFileSync(altered, bytes);
      await expect(runCli(['restore', altered, '--data-dir', elsewhere], io)).rejects.toThrow(/abîmé ou modifié/);
      expect(existsSync(databaseFileIn(elsewhere))).toBe(false);

      // Paume running on the folder: the restore is refused before anything is touched.
      const running = await openPaumeCore({
        databaseFile: databaseFileIn(dataDir),
        logger: silentLogger,
        exclusiveAs: 'paume serve',
      });
      try {
        await expect(runCli(['restore', file, '--data-dir', dataDir], io)).rejects.toThrow(/Arrêtez Paume/);
      } finally {
        running.close();
      }
      const db = openWithFolderKey(databaseFileIn(dataDir), { readonly: true });
      expect((db.prepare('SELECT count(*) AS n FROM patients').get() as { n: number }).n).toBe(3);
      db.close();
    } finally {
      delete process.env.PAUME_PHRASE_SAUVEGARDE;
    }
  });

  it('keeps 7 daily, 4 weekly and 12 monthly backups', () => {
    const stamps: string[] = [];
    for (let day = 0; day < 400; day += 1)
      stamps.push(`${new Date(Date.UTC(2026, 10, 26) - day * 86_400_000).toISOString().slice(0, 10)}-020000`);
    const keep = backupsToKeep(stamps);
    expect(keep.has('2026-11-26-020000')).toBe(true);
    expect(keep.has('2026-11-20-020000')).toBe(true); // the seventh day
    expect(keep.has('2026-11-19-020000')).toBe(false); // an eighth day, mid-week: not a week's newest
    expect([...keep].filter((stamp) => stamp.endsWith('-020000')).length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(keep.has('2025-12-31-020000')).toBe(true); // the newest of December 2025
    expect(keep.has('2025-10-31-020000')).toBe(false); // thirteen months back
  });
});
