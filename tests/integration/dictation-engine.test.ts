import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DictationSession, type DictationProgress } from '../../electron/services/dictation/session.js';
import type { Transcriber } from '../../electron/services/dictation/transcriber.js';
import { decodeWav } from '../../electron/services/dictation/wav.js';
import { openWhisperTranscriber } from '../../electron/services/dictation/whisper-transcriber.js';
import { sharedPath } from '../helpers/shared.js';

// The real whisper.cpp with its test model (real format, no weights: it loads, runs and returns
// empty text) and the real Silero voice-activity model, on real French speech.
// Both engines run the same checks: the one compiled at install (npm install builds it, and CI
// installs CMake so that it can) and the prebuilt one Paume falls back to.
const clip = (name: string) => decodeWav(readFileSync(sharedPath('audio', 'fr', name)));

describe.each([
  { engine: 'compiled', setting: undefined, label: /^whisper\.cpp compilé pour ce processeur/ },
  {
    engine: 'prebuilt',
    setting: 'prebuilt',
    label: /^whisper\.cpp précompilé générique.*PAUME_SPEECH_ENGINE=prebuilt/,
  },
])('dictation engine $engine (whisper.cpp, Silero VAD)', ({ setting, label }) => {
  let whisper: Transcriber;
  const calls = { transcribe: 0, detect: 0 };
  let counted: Transcriber;
  beforeAll(async () => {
    const saved = process.env.PAUME_SPEECH_ENGINE;
    if (setting) process.env.PAUME_SPEECH_ENGINE = setting;
    else delete process.env.PAUME_SPEECH_ENGINE;
    try {
      whisper = await openWhisperTranscriber({
        modelFile: sharedPath('models', 'for-tests-ggml-tiny.bin'),
        vadModelFile: sharedPath('models', 'for-tests-silero-v6.2.0-ggml.bin'),
        threads: 2,
      });
    } finally {
      if (saved === undefined) delete process.env.PAUME_SPEECH_ENGINE;
      else process.env.PAUME_SPEECH_ENGINE = saved;
    }
    counted = {
      engine: whisper.engine,
      detectSpeech: (pcm) => ((calls.detect += 1), whisper.detectSpeech(pcm)),
      transcribe: (pcm, options) => ((calls.transcribe += 1), whisper.transcribe(pcm, options)),
      close: () => whisper.close(),
    };
  }, 60_000);
  afterAll(async () => whisper.close());

  it('is the engine asked for, and says so', () => {
    expect(whisper.engine).toMatch(label);
  });

  it('decodes the French clips to 16 kHz mono and finds speech where the clip has it', async () => {
    const audio = clip('clip-01.wav');
    expect(audio.length).toBe(48_960);
    const segments = await whisper.detectSpeech(audio);
    expect(segments).toHaveLength(1);
    expect(segments[0]?.start).toBeGreaterThan(0.1);
    expect(segments[0]?.start).toBeLessThan(1.2);
    for (const name of ['clip-07.wav', 'clip-23.wav', 'clip-49.wav'])
      expect((await whisper.detectSpeech(clip(name))).length, name).toBeGreaterThan(0);
  });

  it('sends silence nowhere near recognition', async () => {
    calls.transcribe = 0;
    const session = new DictationSession(counted, 'prompt', () => undefined);
    for (let second = 0; second < 6; second += 1) session.append(new Int16Array(16_000));
    const result = await session.finish();
    expect(result).toEqual({ receivedSeconds: 6, speechSeconds: 0, rawText: '' });
    expect(calls.transcribe).toBe(0);
  });

  it('streams chunks of speech through detection and recognition, reporting progress', async () => {
    calls.transcribe = 0;
    const progress: DictationProgress[] = [];
    const session = new DictationSession(counted, 'prompt', (update) => progress.push(update));
    const speech = clip('clip-02.wav');
    const audio = new Int16Array(speech.length + 16_000);
    audio.set(speech);
    for (let offset = 0; offset < audio.length; offset += 8_000) session.append(audio.subarray(offset, offset + 8_000));
    const result = await session.finish();
    expect(result.speechSeconds).toBeGreaterThan(0.5);
    expect(calls.transcribe).toBeGreaterThanOrEqual(1);
    // The test model has no weights: recognition runs for real and returns no words.
    expect(result.rawText).toBe('');
    expect(progress.length).toBeGreaterThanOrEqual(1);
  }, 120_000);
});
