import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sharedPath } from '../helpers/shared.js';
import { caller, FIRST_ADMIN, openTempCore, tempDir } from '../helpers/temp-core.js';

let opened: Awaited<ReturnType<typeof openTempCore>>;
let admin: ReturnType<typeof caller>;
beforeEach(async () => {
  delete process.env.PAUME_WHISPER_MODEL;
  opened = await openTempCore();
  admin = caller(opened.core);
  await admin.call('setup.initialize', FIRST_ADMIN);
});
afterEach(() => {
  opened.dispose();
});

describe('speech models', () => {
  it('says plainly that dictation needs a model, until one is imported from disk', async () => {
    expect(await admin.call('dictation.status')).toMatchObject({ ok: true, value: { model: null } });
    expect(await admin.call('dictation.start')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/Aucun modèle de dictée installé/) },
    });
    const { dir, remove } = tempDir();
    writeFileSync(join(dir, 'faux.bin'), 'pas un modèle');
    expect(await admin.call('dictation.importModel', { path: join(dir, 'faux.bin') })).toMatchObject({
      ok: false,
      error: { fields: { path: 'fichier inutilisable comme modèle' } },
    });
    expect(await admin.call('dictation.importModel', { path: join(dir, 'absent.bin') })).toMatchObject({
      ok: false,
      error: { fields: { path: 'fichier inutilisable comme modèle' } },
    });
    expect(
      await admin.call('dictation.importModel', { path: sharedPath('models', 'for-tests-ggml-tiny.bin') }),
    ).toEqual({
      ok: true,
      value: { model: 'importe-for-tests-ggml-tiny.bin' },
    });
    expect(await admin.call('dictation.status')).toMatchObject({
      ok: true,
      value: { model: 'importe-for-tests-ggml-tiny.bin' },
    });
    remove();
  });

  it('lets an administrator choose only an installed model', async () => {
    expect(await admin.call('dictation.useModel', { modelId: 'small-q5_1' })).toMatchObject({
      ok: false,
      error: { fields: { modelId: 'modèle non installé' } },
    });
    expect(await admin.call('dictation.downloadModel', { modelId: 'huge-v9' })).toMatchObject({
      ok: false,
      error: { fields: { modelId: 'modèle inconnu' } },
    });
  });

  it('lists each template with the fields it uses', async () => {
    const templates = await admin.call('letters.templates');
    expect(templates).toMatchObject({
      ok: true,
      value: expect.arrayContaining([
        expect.objectContaining({
          kind: 'gp-letter',
          own: false,
          fields: expect.arrayContaining(['patient.fullName', 'sections.history', 'gp.fullName']),
        }),
      ]),
    });
  });
});
