import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli.js';
import type { RunningServer } from '../../electron/server/http-server.js';
import { decodeWav } from '../../electron/services/dictation/wav.js';
import { httpClient, startTestServer } from '../helpers/http.js';
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
  await surgeon.post('users.create', { login: 'nathalie', displayName: 'Nathalie', password: 'secretariat-1', roles: ['secretary'], practitionerId: null });
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
      expect((await surgeon.post('dictation.chunk', { dictationId, pcmBase64: base64Of(audio.subarray(offset, offset + 8_000)) })).status).toBe(200);
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
    expect((await surgeon.post('dictation.stop', { dictationId })).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  }, 120_000);

  it('refuses what it cannot use, with the field named', async () => {
    const { dictationId } = (await surgeon.post('dictation.start', {})).body.value as { dictationId: string };
    expect((await surgeon.post('dictation.chunk', { dictationId, pcmBase64: Buffer.from([1, 2, 3]).toString('base64') })).body).toMatchObject({ ok: false, error: { fields: { pcmBase64: 'PCM 16 bits attendu' } } });
    expect((await surgeon.post('dictation.chunk', { dictationId: 'pas-un-uuid', pcmBase64: '' })).body).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { dictationId: expect.any(String) } } });
    expect((await secretary.post('dictation.chunk', { dictationId, pcmBase64: '' })).status).toBe(403);
    expect((await surgeon.post('dictation.transcribeFile', { contentBase64: Buffer.from('pas un wav').toString('base64') })).body).toMatchObject({ ok: false, error: { message: 'Ce fichier n’est pas un WAV (en-tête RIFF/WAVE absent).' } });
    await surgeon.post('dictation.stop', { dictationId });
  });

  it('keeps each surgeon’s own words', async () => {
    expect((await surgeon.post('dictation.addWord', { spoken: 'IPP', written: 'interphalangienne proximale' })).status).toBe(200);
    expect((await surgeon.post('dictation.vocabulary', {})).body).toMatchObject({ ok: true, value: [{ spoken: 'IPP', written: 'interphalangienne proximale' }] });
  });
});

describe('paume transcribe', () => {
  it('transcribes a WAV file from the command line', async () => {
    const { dir, remove } = tempDir();
    const lines: string[] = [];
    const code = await runCli(['transcribe', sharedPath('audio', 'fr', 'clip-09.wav'), '--data-dir', dir, '--model', sharedPath('models', 'for-tests-ggml-tiny.bin')], { out: (line) => lines.push(line), err: (line) => lines.push(line) });
    expect(code).toBe(0);
    expect(lines.join('\n')).toMatch(/\(aucune parole reconnue\)[\s\S]*s de parole détectée/);
    expect(lines.join('\n')).not.toMatch(/0\.0 s de parole détectée/);
    remove();
  }, 120_000);
});
