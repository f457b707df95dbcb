import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PizZip from 'pizzip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { patientInput } from '../helpers/patients.js';
import { solidPng } from '../helpers/png.js';
import { caller, dataSnapshot, FIRST_ADMIN, ok, openTempCore } from '../helpers/temp-core.js';
import { fileVault, filesKeyOf } from '../../electron/lib/file-vault.js';

let opened: Awaited<ReturnType<typeof openTempCore>>;
let admin: ReturnType<typeof caller>;
let patientId: number;
beforeEach(async () => {
  opened = await openTempCore();
  admin = caller(opened.core);
  await admin.call('setup.initialize', FIRST_ADMIN);
  const created = (await admin.call('patients.create', patientInput())) as { ok: true; value: { id: number } };
  patientId = created.value.id;
});
afterEach(() => {
  opened.dispose();
});

describe('documents', () => {
  it('stores a photo outside the database under its checksum, and gives it back intact', async () => {
    const photo = solidPng(40, 30, [200, 80, 80]);
    const added = await admin.call('documents.add', {
      patientId,
      visitId: null,
      fileName: 'plaie-index.png',
      content: photo.toString('base64'),
    });
    expect(added).toMatchObject({
      ok: true,
      value: { fileName: 'plaie-index.png', mime: 'image/png', size: photo.length },
    });
    const sha = (added as { ok: true; value: { sha256: string; id: number } }).value;
    const onDisk = join(dirname(opened.file), 'documents', sha.sha256.slice(0, 2), sha.sha256);
    // Sealed on disk (issue 14): not the photo's bytes, and the vault gives the photo back.
    expect(readFileSync(onDisk).includes(photo.subarray(16, 48))).toBe(false);
    expect(fileVault(filesKeyOf(opened.core.databaseKey.key)).openFile(onDisk).equals(photo)).toBe(true);
    const back = await admin.call('documents.content', { id: sha.id });
    expect(back).toMatchObject({ ok: true, value: { mime: 'image/png', contentBase64: photo.toString('base64') } });
  });

  it('refuses a file that is not what its extension says, and an unaccepted kind, saving nothing', async () => {
    const before = dataSnapshot(opened.core);
    const pdfNamedJpg = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
    expect(
      await admin.call('documents.add', {
        patientId,
        visitId: null,
        fileName: 'photo.jpg',
        content: pdfNamedJpg.toString('base64'),
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { fileName: 'le contenu n’est pas un fichier JPG (c’est un PDF)' } },
    });
    expect(
      await admin.call('documents.add', {
        patientId,
        visitId: null,
        fileName: 'virus.exe',
        content: Buffer.from('MZ').toString('base64'),
      }),
    ).toMatchObject({
      ok: false,
      error: { fields: { fileName: expect.stringMatching(/type de fichier non accepté/) } },
    });
    expect(
      await admin.call('documents.add', { patientId, visitId: null, fileName: 'x.png', content: 'pas du base64 !' }),
    ).toMatchObject({ ok: false, error: { fields: { content: expect.any(String) } } });
    expect(dataSnapshot(opened.core)).toBe(before);
    expect(existsSync(join(dirname(opened.file), 'documents'))).toBe(false);
    expect(opened.core.db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
  });
});

describe('right of access', () => {
  it('exports the whole file as one zip: readable summary, JSON, documents, access log', async () => {
    await admin.call('alerts.add', { patientId, kind: 'anticoagulant', detail: 'apixaban' });
    const radio = solidPng(8, 8, [0, 0, 0]);
    await admin.call('documents.add', {
      patientId,
      visitId: null,
      fileName: 'radio.png',
      content: radio.toString('base64'),
    });
    const exported = await ok<{ files: string[]; zip: { fileName: string; contentBase64: string } }>(
      admin.call('patientFile.export', { id: patientId }),
    );
    const { files, zip } = exported;
    expect(files).toEqual(['resume.html', 'dossier.json', expect.stringMatching(/^documents\/\d+-radio\.png$/)]);
    // Offered as one .zip to download (issue 10), holding the same files under one folder.
    expect(zip.fileName).toMatch(/^dossier-\d+-\d{8}-\d{6}\.zip$/);
    const archive = new PizZip(Buffer.from(zip.contentBase64, 'base64'));
    const top = zip.fileName.replace(/\.zip$/, '');
    const names = Object.keys(archive.files).filter((name) => !name.endsWith('/'));
    expect(names.sort()).toEqual(files.map((name) => `${top}/${name}`).sort());
    const html = archive.file(`${top}/resume.html`)?.asText() ?? '';
    expect(html).toContain('LEFÈVRE Jeanne Marie');
    expect(html).toContain('apixaban');
    const json = JSON.parse(archive.file(`${top}/dossier.json`)?.asText() ?? '{}') as {
      file: { fields: { birthName: string } };
      accessLog: { action: string }[];
    };
    expect(json.file.fields.birthName).toBe('Lefèvre');
    expect(json.accessLog.map((entry) => entry.action)).toContain('patientFile.export');
    expect(Buffer.from(archive.file(`${top}/${files[2] ?? ''}`)?.asUint8Array() ?? []).equals(radio)).toBe(true);
  });

  it('keeps the accents of names put in capitals in the access log (issue 10)', async () => {
    const created = (await admin.call('patients.create', {
      ...patientInput({ birthName: 'Besançon', firstNames: 'Crépin Marie', usedFirstName: '' }),
      confirmNotDuplicate: true,
    })) as { ok: true; value: { id: number } };
    await admin.call('patientFile.open', { id: created.value.id });
    const log = (await admin.call('patientFile.accessLog', { patientId: created.value.id })) as {
      ok: true;
      value: { patientName: string }[];
    };
    // Named as the screens name the patient (issue 21): the first of the first names.
    expect(log.value[0]?.patientName).toBe('BESANÇON Crépin');
  });
});
