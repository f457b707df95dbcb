import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, WrongDatabaseKeyError } from '../../db/connection.js';
import { openPaumeCore } from '../../electron/core/paume-core.js';
import { databaseFileIn } from '../../electron/lib/data-dir.js';
import {
  databaseKeyFile,
  DatabaseKeyError,
  formatRecoveryKey,
  parseRecoveryKey,
} from '../../electron/lib/database-key.js';
import { fileVault } from '../../electron/lib/file-vault.js';
import { dataDirKey } from '../helpers/data-key.js';
import { patientInput } from '../helpers/patients.js';
import { caller, FIRST_ADMIN, ok, silentLogger, tempDir } from '../helpers/temp-core.js';

/**
 * Encryption at rest (issue 14): the database is SQLCipher, the documents are sealed, the key is
 * kept sealed in the data folder (or given at start), the recovery key is shown until typed back,
 * and a clear data folder from before is encrypted in place with nothing lost.
 */
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

const PHOTO = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
  Buffer.from('Photo de la plaie de Mme Quintard, pouce droit. '.repeat(40)),
]);

async function practice(dir: string, options: { suppliedKey?: Buffer } = {}) {
  const core = await openPaumeCore({
    databaseFile: databaseFileIn(dir),
    logger: silentLogger,
    ...(options.suppliedKey ? { suppliedKey: options.suppliedKey } : {}),
  });
  const admin = caller(core);
  return { core, admin };
}

/** Every byte Paume left in the folder, to search for what must not be readable. */
function allBytes(dir: string): Buffer {
  const parts: Buffer[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else parts.push(readFileSync(path));
    }
  };
  walk(dir);
  return Buffer.concat(parts);
}

describe('encryption at rest', () => {
  it('leaves no SQLite header, no name and no document content readable on the disk', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const { core, admin } = await practice(dir);
    await ok(admin.call('setup.initialize', FIRST_ADMIN));
    const { id } = await ok<{ id: number }>(
      admin.call('patients.create', {
        ...patientInput({ birthName: 'Quintard', firstNames: 'Berthe' }),
        confirmNotDuplicate: true,
      }),
    );
    const added = await ok<{ id: number }>(
      admin.call('documents.add', {
        patientId: id,
        visitId: null,
        fileName: 'plaie.png',
        content: PHOTO.toString('base64'),
      }),
    );
    core.close();

    const database = readFileSync(databaseFileIn(dir));
    expect(database.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    const everything = allBytes(dir);
    expect(everything.includes('SQLite format 3')).toBe(false);
    expect(everything.includes('Quintard')).toBe(false);
    expect(everything.includes('QUINTARD')).toBe(false);
    expect(everything.includes('Berthe')).toBe(false);
    expect(everything.includes('pouce droit')).toBe(false);
    // The key file is the owner's alone.
    expect(statSync(databaseKeyFile(dir)).mode & 0o077).toBe(0);

    // Without its key the file opens nowhere; with another key neither.
    expect(() => openDatabase(databaseFileIn(dir), { readonly: true, key: null })).toThrow(WrongDatabaseKeyError);
    expect(() => openDatabase(databaseFileIn(dir), { readonly: true, key: Buffer.alloc(32, 7) })).toThrow(
      /La clé ne correspond pas/,
    );
    const withKey = openDatabase(databaseFileIn(dir), { readonly: true, key: dataDirKey(dir) });
    expect(withKey.prepare('SELECT birth_name FROM patients').pluck().all()).toEqual(['Quintard']);
    withKey.close();

    // Reopened by Paume (the key kept in the folder): everything is there.
    const again = await practice(dir);
    cleanups.push(() => again.core.close());
    await ok(again.admin.call('auth.login', { login: FIRST_ADMIN.login, password: FIRST_ADMIN.password }));
    const content = await ok<{ contentBase64: string }>(again.admin.call('documents.content', { id: added.id }));
    expect(Buffer.from(content.contentBase64, 'base64').equals(PHOTO)).toBe(true);
  });

  it('shows the recovery key to an administrator until it is typed back, then never again', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const { core, admin } = await practice(dir);
    cleanups.push(() => core.close());
    await ok(admin.call('setup.initialize', FIRST_ADMIN));
    expect(await ok(admin.call('keys.status', {}))).toEqual({ recoveryKeyPending: true, keptIn: 'key-file' });
    const { recoveryKey } = await ok<{ recoveryKey: string }>(admin.call('keys.recoveryKey', {}));
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){12}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(parseRecoveryKey(recoveryKey)?.equals(dataDirKey(dir))).toBe(true);

    // One character changed in the first group (the last one only carries padding bits).
    const wrong = (recoveryKey.startsWith('A') ? 'B' : 'A') + recoveryKey.slice(1);
    expect(await admin.call('keys.confirmRecoveryKey', { typed: wrong })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { typed: 'ne correspond pas à la clé affichée' } },
    });
    expect(await admin.call('keys.confirmRecoveryKey', { typed: 'ABCD-EFGH' })).toMatchObject({
      ok: false,
      error: { fields: { typed: '52 caractères attendus' } },
    });
    // Typed from paper: lower case, spaces instead of dashes, O for 0 and l for 1 are all read.
    const fromPaper = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    await ok(admin.call('keys.confirmRecoveryKey', { typed: fromPaper }));
    expect(await ok(admin.call('keys.status', {}))).toMatchObject({ recoveryKeyPending: false });
    expect(await admin.call('keys.recoveryKey', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('with the recovery key given at start, keeps no key on disk and refuses to open without it', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const key = Buffer.alloc(32, 0x5a);
    const { core, admin } = await practice(dir, { suppliedKey: key });
    await ok(admin.call('setup.initialize', FIRST_ADMIN));
    expect(await ok(admin.call('keys.status', {}))).toEqual({ recoveryKeyPending: false, keptIn: 'nowhere' });
    core.close();
    expect(existsSync(databaseKeyFile(dir))).toBe(false);
    await expect(practice(dir)).rejects.toThrow(DatabaseKeyError);
    expect(readFileSync(databaseFileIn(dir)).subarray(0, 15).toString()).not.toBe('SQLite format 3');
    const back = await practice(dir, { suppliedKey: parseRecoveryKey(formatRecoveryKey(key)) ?? Buffer.alloc(0) });
    expect(back.core.services.setup.status().needsSetup).toBe(false);
    back.core.close();
  });

  it('encrypts a clear data folder from before in place: every row and document kept, a new recovery key to note', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    // A practice as it was before encryption: made by Paume, then turned back to clear.
    const first = await practice(dir);
    await ok(first.admin.call('setup.initialize', FIRST_ADMIN));
    await ok(first.admin.call('keys.confirmRecoveryKey', { typed: formatRecoveryKey(dataDirKey(dir)) }));
    for (const birthName of ['Arnaud', 'Besson', 'Chevalier'])
      await ok(first.admin.call('patients.create', { ...patientInput({ birthName }), confirmNotDuplicate: true }));
    first.core.close();
    const clear = openDatabase(databaseFileIn(dir), { key: dataDirKey(dir) });
    clear.pragma('journal_mode = DELETE');
    clear.pragma(`rekey = ''`);
    clear.close();
    rmSync(join(dir, 'cles', 'base.cle'));
    rmSync(join(dir, 'cles', 'fichiers-chiffres'), { force: true });
    const sha = createHash('sha256').update(PHOTO).digest('hex');
    mkdirSync(join(dir, 'documents', sha.slice(0, 2)), { recursive: true });
    writeFileSync(join(dir, 'documents', sha.slice(0, 2), sha), PHOTO);
    expect(readFileSync(databaseFileIn(dir)).subarray(0, 15).toString()).toBe('SQLite format 3');

    const said: string[] = [];
    const core = await openPaumeCore({
      databaseFile: databaseFileIn(dir),
      logger: silentLogger,
      say: (line) => said.push(line),
    });
    cleanups.push(() => core.close());
    expect(said.join('\n')).toMatch(/Base chiffrée sur place : \d+ tables, \d+ lignes vérifiées/);
    expect(said.join('\n')).toContain('1 fichiers chiffrés sur place');
    expect(core.db.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(3);
    expect(allBytes(dir).includes('SQLite format 3')).toBe(false);
    expect(allBytes(dir).includes('pouce droit')).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes('chiffrement'))).toEqual([]);
    // A new key was made: its recovery key is the one to note now.
    const admin = caller(core);
    await ok(admin.call('auth.login', { login: FIRST_ADMIN.login, password: FIRST_ADMIN.password }));
    expect(await ok(admin.call('keys.status', {}))).toMatchObject({ recoveryKeyPending: true });
  });

  it('reads a sealed file whole and checked, or only its first bytes to recognise its kind', () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const vault = fileVault(Buffer.alloc(32, 3));
    const sealed = join(dir, 'scelle');
    writeFileSync(sealed, vault.seal(PHOTO));
    expect(vault.isSealed(sealed)).toBe(true);
    expect(vault.head(sealed, 16).equals(PHOTO.subarray(0, 16))).toBe(true);
    expect(vault.openFile(sealed).equals(PHOTO)).toBe(true);
    const tiny = join(dir, 'petit');
    writeFileSync(tiny, vault.seal(Buffer.from('%PDF')));
    expect(vault.head(tiny, 64).toString()).toBe('%PDF');
    const clear = join(dir, 'clair');
    writeFileSync(clear, PHOTO);
    expect(vault.isSealed(clear)).toBe(false);
    expect(vault.head(clear, 16).equals(PHOTO.subarray(0, 16))).toBe(true);
    // A sealed file altered on disk is refused whole.
    const altered = vault.seal(PHOTO);
    altered[40] = (altered[40] ?? 0) ^ 1;
    writeFileSync(sealed, altered);
    expect(() => vault.openFile(sealed)).toThrow(/altéré/);
  });
});
