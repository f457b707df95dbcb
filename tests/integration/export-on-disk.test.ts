import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import PizZip from 'pizzip';
import { afterEach, describe, expect, it } from 'vitest';
import { openPaumeCore } from '../../electron/core/paume-core.js';
import { databaseFileIn } from '../../electron/lib/data-dir.js';
import { patientInput } from '../helpers/patients.js';
import { caller, FIRST_ADMIN, ok, silentLogger, tempDir } from '../helpers/temp-core.js';

/**
 * The right-of-access export leaves nothing of the patient in clear on the host (issue 27): it
 * used to write dossier.json, resume.html and the documents into `exports/` of the data folder,
 * readable by anyone, never removed, while the .zip went back through the API.
 */
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

// A PNG by its first bytes, with words in it that cannot be missed if they lie on the disk.
const PHOTO = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
  Buffer.from('Radiographie du pouce droit de Mme Quintard, fracture de Bennett. '.repeat(30)),
]);

/** Every file below a folder, with its path from there and its bytes. */
function everyFile(dir: string): { path: string; bytes: Buffer }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relative(dir, path), bytes: readFileSync(path) };
    });
}

async function practice(dir: string) {
  const core = await openPaumeCore({ databaseFile: databaseFileIn(dir), logger: silentLogger });
  return { core, admin: caller(core) };
}

describe('the right-of-access export on the disk (issue 27)', () => {
  it('leaves no file with the patient’s name or the document’s bytes in the data folder; the zip is whole', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const { core, admin } = await practice(dir);
    await ok(admin.call('setup.initialize', FIRST_ADMIN));
    const { id } = await ok<{ id: number }>(
      admin.call('patients.create', {
        ...patientInput({ birthName: 'Quintard', firstNames: 'Berthe', usedFirstName: '' }),
        confirmNotDuplicate: true,
      }),
    );
    await ok(
      admin.call('documents.add', {
        patientId: id,
        visitId: null,
        fileName: 'radio-Quintard.png',
        content: PHOTO.toString('base64'),
      }),
    );
    const exported = await ok<{ files: string[]; zip: { fileName: string; contentBase64: string } }>(
      admin.call('patientFile.export', { id }),
    );
    core.close();

    const files = everyFile(dir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(file.path).not.toMatch(/quintard|berthe|dossier-/i);
      for (const clear of ['Quintard', 'QUINTARD', 'Berthe', 'fracture de Bennett', 'resume.html', '"birthName"'])
        expect(file.bytes.includes(clear), `${clear} in ${file.path}`).toBe(false);
      expect(file.bytes.includes(PHOTO.subarray(0, 64)), `the photo in ${file.path}`).toBe(false);
    }
    expect(existsSync(join(dir, 'exports'))).toBe(false);

    // What the person downloads is complete: the summary, the data, the document byte for byte.
    const archive = new PizZip(Buffer.from(exported.zip.contentBase64, 'base64'));
    const top = exported.zip.fileName.replace(/\.zip$/, '');
    expect(exported.files).toEqual([
      'resume.html',
      'dossier.json',
      expect.stringMatching(/^documents\/\d+-radio-Quintard\.png$/),
    ]);
    expect(archive.file(`${top}/resume.html`)?.asText()).toContain('QUINTARD Berthe');
    const json = JSON.parse(archive.file(`${top}/dossier.json`)?.asText() ?? '{}') as {
      file: { fields: { birthName: string }; documents: unknown[] };
      accessLog: { action: string }[];
    };
    expect(json.file.fields.birthName).toBe('Quintard');
    expect(json.file.documents).toHaveLength(1);
    expect(json.accessLog.map((entry) => entry.action)).toContain('patientFile.export');
    const photo = archive.file(`${top}/${exported.files[2] ?? ''}`)?.asUint8Array();
    expect(photo && Buffer.from(photo).equals(PHOTO)).toBe(true);
  });

  it('removes the clear export folders an earlier version left in the data folder', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const first = await practice(dir);
    first.core.close();
    const left = join(dir, 'exports', 'dossier-3-20260110-093000');
    const half = join(dir, 'exports', 'dossier-3-20260110-094500.en-cours-4242');
    for (const folder of [left, half]) {
      mkdirSync(join(folder, 'documents'), { recursive: true });
      writeFileSync(join(folder, 'dossier.json'), '{"birthName":"Quintard"}');
    }
    const again = await practice(dir);
    cleanups.push(() => {
      again.core.close();
    });
    expect(existsSync(left)).toBe(false);
    expect(existsSync(half)).toBe(false);
    expect(existsSync(join(dir, 'exports'))).toBe(false);
  });
});
