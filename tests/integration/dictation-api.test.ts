import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run.js';
import type { RunningServer } from '../../electron/server/http-server.js';
import { decodeWav } from '../../electron/services/dictation/wav.js';
import { httpClient, startTestServer } from '../helpers/http.js';
import { patientInput } from '../helpers/patients.js';
import { sharedPath } from '../helpers/shared.js';
import { FIRST_ADMIN, openTempCore, tempDir } from '../helpers/temp-core.js';

// The whole dictation path over HTTP, with whisper.cpp's real test model (it returns no words)
// and the real Silero model shipped in resources/models.
let opened: Awaited<ReturnType<typeof openTempCore>>;
let server: RunningServer;
let surgeon: ReturnType<typeof httpClient>;
let secretary: ReturnType<typeof httpClient>;
beforeAll(async () => {
  process.env.PAUME_WHISPER_MODEL = sharedPath('models', 'for-tests-ggml-tiny.bin');
  opened = await openTempCore();
  server = await startTestServer(opened.core);
  surgeon = httpClient(server);
  await surgeon.post('setup.initialize', FIRST_ADMIN);
  await surgeon.post('users.create', {
    login: 'nathalie',
    displayName: 'Nathalie',
    password: 'secretariat-1',
    roles: ['secretary'],
    practitionerId: null,
  });
  secretary = httpClient(server);
  await secretary.post('auth.login', { login: 'nathalie', password: 'secretariat-1' });
});
afterAll(async () => {
  await server.close();
  opened.dispose();
  delete process.env.PAUME_WHISPER_MODEL;
});

const base64Of = (pcm: Int16Array) => Buffer.from(pcm.buffer, pcm.byteOffset, pcm.byteLength).toString('base64');

describe('dictation over the API', () => {
  it('finds the speech of a real clip sent in chunks, and the server keeps answering while it recognises', async () => {
    const started = await surgeon.post('dictation.start', {});
    expect(started).toMatchObject({ status: 200 });
    const dictationId = (started.body.value as { dictationId: string }).dictationId;
    const speech = decodeWav(readFileSync(sharedPath('audio', 'fr', 'clip-05.wav')));
    const audio = new Int16Array(speech.length + 16_000);
    audio.set(speech);
    for (let offset = 0; offset < audio.length; offset += 8_000) {
      expect(
        (await surgeon.post('dictation.chunk', { dictationId, pcm: base64Of(audio.subarray(offset, offset + 8_000)) }))
          .status,
      ).toBe(200);
    }
    const stopping = surgeon.post('dictation.stop', { dictationId });
    let stopped = false;
    void stopping.then(() => (stopped = true));
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(stopped).toBe(false);
    const result = await stopping;
    expect(result.body).toMatchObject({ ok: true, value: { text: '' } });
    expect((result.body.value as { speechSeconds: number }).speechSeconds).toBeGreaterThan(0.5);
    expect((await surgeon.post('dictation.stop', { dictationId })).body).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  }, 120_000);

  it('refuses what it cannot use, with the field named', async () => {
    const { dictationId } = (await surgeon.post('dictation.start', {})).body.value as { dictationId: string };
    expect(
      (await surgeon.post('dictation.chunk', { dictationId, pcm: Buffer.from([1, 2, 3]).toString('base64') })).body,
    ).toMatchObject({ ok: false, error: { fields: { pcm: 'PCM 16 bits attendu' } } });
    expect((await surgeon.post('dictation.chunk', { dictationId: 'pas-un-uuid', pcm: '' })).body).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { dictationId: expect.any(String) } },
    });
    expect((await secretary.post('dictation.chunk', { dictationId, pcm: '' })).status).toBe(403);
    expect(
      (await surgeon.post('dictation.transcribeFile', { content: Buffer.from('pas un wav').toString('base64') })).body,
    ).toMatchObject({ ok: false, error: { message: 'Ce fichier n’est pas un WAV (en-tête RIFF/WAVE absent).' } });
    await surgeon.post('dictation.stop', { dictationId });
  });

  it('keeps nothing by default, and keeps the recording as a WAV document of the visit when asked', async () => {
    const patient = (await surgeon.post('patients.create', { ...patientInput(), confirmNotDuplicate: true })).body
      .value as { id: number };
    const visit = (
      await surgeon.post('visits.create', {
        patientId: patient.id,
        date: '2026-11-24',
        practitionerId: null,
        kind: 'emergency',
        notes: '',
        diagnosis: 'Plaie de la pulpe',
        side: null,
        digits: [],
      })
    ).body.value as { id: number };
    const speech = decodeWav(readFileSync(sharedPath('audio', 'fr', 'clip-03.wav')));
    const dictate = async (input: object) => {
      const { dictationId } = (await surgeon.post('dictation.start', input)).body.value as { dictationId: string };
      await surgeon.post('dictation.chunk', { dictationId, pcm: base64Of(speech) });
      return (await surgeon.post('dictation.stop', { dictationId })).body;
    };
    const documents = async () =>
      (
        (await surgeon.post('patientFile.open', { id: patient.id })).body.value as {
          documents: { id: number; fileName: string; mime: string }[];
        }
      ).documents;

    expect(await dictate({ visitId: visit.id })).toMatchObject({ ok: true, value: { recording: null } });
    expect(await documents()).toEqual([]);

    const kept = await dictate({ keepRecording: true, visitId: visit.id });
    expect(kept).toMatchObject({
      ok: true,
      value: { recording: { fileName: expect.stringMatching(/^dictee-.+\.wav$/) } },
    });
    const [document] = await documents();
    expect(document).toMatchObject({ mime: 'audio/wav' });
    const content = (await surgeon.post('documents.content', { id: document?.id })).body.value as {
      contentBase64: string;
    };
    // Exactly the audio sent, byte for byte, after a 44-byte header: 16 kHz mono 16-bit PCM.
    const wav = Buffer.from(content.contentBase64, 'base64');
    expect(wav.subarray(44).equals(Buffer.from(speech.buffer, speech.byteOffset, speech.byteLength))).toBe(true);
    expect(decodeWav(wav)).toEqual(speech);
  }, 120_000);

  it('refuses to keep a recording it could not file', async () => {
    expect((await surgeon.post('dictation.start', { keepRecording: true })).body).toMatchObject({
      ok: false,
      error: { fields: { visitId: 'Pour conserver l’enregistrement, la dictée doit être liée à une consultation.' } },
    });
    expect((await surgeon.post('dictation.start', { keepRecording: true, visitId: 999_999 })).body).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', fields: { visitId: 'consultation introuvable' } },
    });
  });

  it('keeps each surgeon’s own words', async () => {
    expect(
      (await surgeon.post('dictation.addWord', { spoken: 'IPP', written: 'interphalangienne proximale' })).status,
    ).toBe(200);
    expect((await surgeon.post('dictation.vocabulary', {})).body).toMatchObject({
      ok: true,
      value: [{ spoken: 'IPP', written: 'interphalangienne proximale' }],
    });
  });
});

describe('paume transcribe', () => {
  it('transcribes a WAV file from the command line', async () => {
    const { dir, remove } = tempDir();
    const lines: string[] = [];
    const code = await runCli(
      [
        'transcribe',
        sharedPath('audio', 'fr', 'clip-09.wav'),
        '--data-dir',
        dir,
        '--model',
        sharedPath('models', 'for-tests-ggml-tiny.bin'),
      ],
      { out: (line) => lines.push(line), err: (line) => lines.push(line) },
    );
    expect(code).toBe(0);
    expect(lines.join('\n')).toMatch(/\(aucune parole reconnue\)[\s\S]*s de parole détectée/);
    expect(lines.join('\n')).not.toMatch(/0\.0 s de parole détectée/);
    remove();
  }, 120_000);
});
