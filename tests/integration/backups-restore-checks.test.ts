import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CliError, runCli } from '../../electron/cli/run.js';
import { databaseFileIn } from '../../electron/lib/data-dir.js';
import { openWithFolderKey } from '../helpers/data-key.js';
import { patientInput } from '../helpers/patients.js';
import { solidPng } from '../helpers/png.js';
import { caller, FIRST_ADMIN, ok, openCoreIn, tempDir } from '../helpers/temp-core.js';

/**
 * A restore checks everything before it changes anything (issue 27): the database and every
 * document it puts in place, decrypted and hashed in a staging folder, then swapped in. A damaged
 * document leaves the data in place byte for byte, and the messages say so (the command and the
 * start-up log). A backup names its practice: another practice's is said, refused, and restored
 * only when confirmed; the documents its database names that it lacks are counted and named.
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
  return {
    io: { out: (line: string) => lines.push(line), err: (line: string) => lines.push(`! ${line}`) },
    text: () => lines.join('\n'),
  };
};
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Every file of a folder with the SHA-256 of its bytes: two snapshots equal means nothing moved. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = sha256(readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/** Flips bytes in the middle of a file: its GCM tag no longer matches. */
function damage(file: string): void {
  const bytes = readFileSync(file);
  const at = Math.floor(bytes.length / 2);
  bytes[at] = (bytes[at] ?? 0) ^ 0xff;
  writeFileSync(file, bytes);
}

/** A practice set up in `dataDir`, backing up into `backups` with the same passphrase as the others. */
async function practice(dataDir: string, backups: string, practiceName: string, patients: string[]) {
  const core = await openCoreIn(dataDir);
  const admin = caller(core);
  await ok(admin.call('setup.initialize', { ...FIRST_ADMIN, practiceName }));
  const ids: number[] = [];
  for (const birthName of patients)
    ids.push(
      (
        await ok<{ id: number }>(
          admin.call('patients.create', { ...patientInput({ birthName }), confirmNotDuplicate: true }),
        )
      ).id,
    );
  await ok(admin.call('backups.saveSettings', { folder: backups, passphrase: PASSPHRASE, enabled: false }));
  const addDocument = (fileName: string, content: Buffer) =>
    ok(
      admin.call('documents.add', {
        patientId: ids[0],
        visitId: null,
        fileName,
        content: content.toString('base64'),
      }),
    );
  const backUp = async () => (await ok<{ file: string }>(admin.call('backups.runNow', {}))).file;
  return { core, admin, ids, addDocument, backUp };
}

const patientsIn = (dataDir: string): string[] => {
  const db = openWithFolderKey(databaseFileIn(dataDir), { readonly: true });
  try {
    return db.prepare('SELECT birth_name FROM patients ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
};

describe('a restore checks everything first', () => {
  it('refuses a backup with one damaged document, leaving the database and documents in place byte for byte', async () => {
    const live = folder();
    const backups = folder();
    const standby = folder();
    const a = await practice(live, backups, 'SOS Main Test', ['Aubert']);
    await a.addDocument('plaie.png', solidPng(30, 20, [10, 120, 200]));
    const first = await a.backUp();
    process.env.PAUME_PHRASE_SAUVEGARDE = PASSPHRASE;
    cleanups.push(() => delete process.env.PAUME_PHRASE_SAUVEGARDE);
    // A standby machine kept from the backups: the same practice, the first photo already there.
    expect(await runCli(['restore', first, '--data-dir', standby], capture().io)).toBe(0);

    const radio = solidPng(40, 40, [200, 30, 30]);
    await a.addDocument('radio.png', radio);
    const second = await a.backUp();
    a.core.close();
    damage(join(backups, 'documents', `${sha256(radio)}.enc`));

    const before = snapshot(standby);
    const refused = runCli(['restore', second, '--data-dir', standby], capture().io);
    await expect(refused).rejects.toThrow(CliError);
    await expect(refused).rejects.toThrow(/Document abîmé dans la sauvegarde : « radio\.png »/);
    await expect(refused).rejects.toThrow(/Rien n’a été changé : la base et les documents en place sont gardés/);
    expect(snapshot(standby)).toEqual(before);
    expect(readdirSync(standby).filter((name) => name.includes('restauration'))).toEqual([]);

    // The dry run finds it too, and changes nothing either.
    await expect(runCli(['restore', second, '--dry-run', '--data-dir', standby], capture().io)).rejects.toThrow(
      /Document abîmé/,
    );
    expect(snapshot(standby)).toEqual(before);
  });

  it('keeps the data at a start-up restore whose backup turned out damaged, and the log says so truly', async () => {
    const data = folder();
    const backups = folder();
    const a = await practice(data, backups, 'SOS Main Test', ['Avant', 'Sauvée']);
    const photo = solidPng(30, 20, [10, 120, 200]);
    await a.addDocument('plaie.png', photo);
    const file = await a.backUp();
    await ok(a.admin.call('patients.create', { ...patientInput({ birthName: 'Après' }), confirmNotDuplicate: true }));
    // The photo lost from the data folder (why one restores); the backup still has it, checked now.
    const lost = join(data, 'documents', sha256(photo).slice(0, 2), sha256(photo));
    rmSync(lost);
    await ok(a.admin.call('backups.scheduleRestore', { file: basename(file) }));
    a.core.close();
    // Between the request and the next start, the backup disk spoils the photo.
    damage(join(backups, 'documents', `${sha256(photo)}.enc`));
    const before = snapshot(data);
    delete before['restauration-demandee.json'];

    const said: string[] = [];
    const again = await openCoreIn(data, (line) => said.push(line));
    cleanups.push(() => again.close());
    const log = said.join('\n');
    expect(log).toMatch(/Restauration demandée impossible : Document abîmé dans la sauvegarde : « plaie\.png »/);
    expect(log).toMatch(/la base et les documents en place sont gardés tels quels/);
    expect(log).not.toMatch(/restaurée/);
    expect(again.db.prepare('SELECT birth_name FROM patients ORDER BY id').pluck().all()).toEqual([
      'Avant',
      'Sauvée',
      'Après',
    ]);
    expect(readdirSync(data).filter((name) => name.includes('avant-restauration'))).toEqual([]);
    expect(readdirSync(data).some((name) => name.startsWith('restauration-echouee-'))).toBe(true);
    expect(again.services.backups.status().pendingRestore).toBeNull();
    // The documents folder is as it was (the database has since been opened, so it is not compared).
    const documentsOf = (files: Record<string, string>) =>
      Object.fromEntries(Object.entries(files).filter(([path]) => path.startsWith('documents')));
    expect(documentsOf(snapshot(data))).toEqual(documentsOf(before));
  });
});

describe('a backup names its practice', () => {
  async function otherPracticesBackup(otherName: string) {
    const backups = folder();
    const a = await practice(folder(), backups, 'SOS Main Test', ['Aubert']);
    const file = await a.backUp();
    a.core.close();
    const manifest = JSON.parse(readFileSync(file.replace(/\.sauvegarde$/, '.json'), 'utf8')) as {
      format: number;
      practice: { uid: string; name: string };
    };
    expect(manifest).toMatchObject({
      format: 2,
      practice: { name: 'SOS Main Test', uid: expect.stringMatching(/^[0-9a-f]{32}$/) },
    });
    // Another practice, the same passphrase, its backups in the same folder (a shared disk).
    const data = folder();
    const b = await practice(data, backups, otherName, ['Nantais']);
    return { file, data, b };
  }

  it('`paume restore`: names it, refuses another practice’s without --autre-cabinet, restores it with', async () => {
    const { file, data, b } = await otherPracticesBackup('Centre de la Main de Nantes');
    b.core.close();
    process.env.PAUME_PHRASE_SAUVEGARDE = PASSPHRASE;
    cleanups.push(() => delete process.env.PAUME_PHRASE_SAUVEGARDE);

    const dry = capture();
    expect(await runCli(['restore', file, '--dry-run', '--data-dir', data], dry.io)).toBe(0);
    expect(dry.text()).toMatch(
      /Sauvegarde d’un autre cabinet : « SOS Main Test », alors que le cabinet en place est « Centre de la Main de Nantes »/,
    );
    expect(dry.text()).toMatch(/--autre-cabinet/);

    const before = snapshot(data);
    const refused = runCli(['restore', file, '--data-dir', data], capture().io);
    await expect(refused).rejects.toThrow(CliError);
    await expect(refused).rejects.toThrow(/autre cabinet : « SOS Main Test ».*Rien n’a été changé.*--autre-cabinet/s);
    expect(snapshot(data)).toEqual(before);
    expect(patientsIn(data)).toEqual(['Nantais']);

    const done = capture();
    expect(await runCli(['restore', file, '--autre-cabinet', '--data-dir', data], done.io)).toBe(0);
    expect(done.text()).toMatch(/Restaurée dans/);
    expect(patientsIn(data)).toEqual(['Aubert']);
  });

  it('Cabinet: the dry run names it, the restore is refused unconfirmed (even under the same name), done confirmed', async () => {
    // The same name, another practice: the identifier tells them apart.
    const { file, data, b } = await otherPracticesBackup('SOS Main Test');
    const dryRun = await ok<{ practice: { backup: string; otherPractice: boolean; sentence: string } }>(
      b.admin.call('backups.inspect', { file: basename(file) }),
    );
    expect(dryRun.practice).toMatchObject({ backup: '« SOS Main Test »', otherPractice: true });
    expect(dryRun.practice.sentence).toMatch(/autre cabinet/);
    expect(await b.admin.call('backups.scheduleRestore', { file: basename(file) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { otherPractice: expect.any(String) } },
    });
    expect(b.core.services.backups.status().pendingRestore).toBeNull();
    await ok(b.admin.call('backups.scheduleRestore', { file: basename(file), otherPractice: true }));
    b.core.close();

    const said: string[] = [];
    const again = await openCoreIn(data, (line) => said.push(line));
    cleanups.push(() => again.close());
    expect(said.join('\n')).toMatch(/du cabinet « SOS Main Test » restaurée \(1 patient,/);
    expect(again.db.prepare('SELECT birth_name FROM patients').pluck().all()).toEqual(['Aubert']);
  });

  it('counts and names the documents its database names that the backup lacks, before anything changes', async () => {
    const backups = folder();
    const a = await practice(folder(), backups, 'SOS Main Test', ['Aubert']);
    await a.addDocument('plaie.png', solidPng(30, 20, [10, 120, 200]));
    const radio = solidPng(40, 40, [200, 30, 30]);
    await a.addDocument('radio.png', radio);
    const file = await a.backUp();
    a.core.close();
    rmSync(join(backups, 'documents', `${sha256(radio)}.enc`));
    process.env.PAUME_PHRASE_SAUVEGARDE = PASSPHRASE;
    cleanups.push(() => delete process.env.PAUME_PHRASE_SAUVEGARDE);

    const elsewhere = folder();
    const dry = capture();
    expect(await runCli(['restore', file, '--dry-run', '--data-dir', elsewhere], dry.io)).toBe(0);
    expect(dry.text()).toMatch(
      /1 document nommé par la base de la sauvegarde manque à la sauvegarde et à ce dossier : « radio\.png » \(dossier patient n° \d+\)\./,
    );
    expect(dry.text()).toMatch(/1 document de la sauvegarde vérifié/);
    expect(existsSync(databaseFileIn(elsewhere))).toBe(false);

    const real = capture();
    expect(await runCli(['restore', file, '--data-dir', elsewhere], real.io)).toBe(0);
    expect(real.text()).toMatch(/manque à la sauvegarde et à ce dossier : « radio\.png »/);
    expect(real.text()).toMatch(/1 document remis/);
  });
});
