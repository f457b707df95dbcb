import { describe, expect, it } from 'vitest';
import { DictationSession } from '../../electron/services/dictation/session.js';
import type { Transcriber } from '../../electron/services/dictation/transcriber.js';
import { decodeWav, encodeWav } from '../../electron/services/dictation/wav.js';

// A microphone is what this machine lacks; the engine here hears nothing, so only the keeping of
// the audio is under test (the real engine is in tests/integration/dictation-engine.test.ts).
const deaf: Transcriber = {
  engine: 'aucun',
  detectSpeech: async () => [],
  transcribe: async () => '',
  close: async () => undefined,
};
const tone = (length: number, step: number) =>
  Int16Array.from({ length }, (_, index) => Math.round(Math.sin(index / step) * 8000));

describe('kept recordings', () => {
  it('keeps nothing unless asked', async () => {
    const session = new DictationSession(deaf, '', () => undefined);
    session.append(tone(16_000, 5));
    await session.finish();
    expect(session.recording()).toBeNull();
  });

  it('keeps every chunk in order, silences included, even after the engine has dropped them', async () => {
    const session = new DictationSession(deaf, '', () => undefined, { keepRecording: true });
    const chunks = [tone(8_000, 3), new Int16Array(40_000), tone(12_345, 7)];
    for (const chunk of chunks) session.append(chunk);
    await session.finish();
    const expected = new Int16Array(60_345);
    expected.set(chunks[0] as Int16Array, 0);
    expected.set(chunks[2] as Int16Array, 48_000);
    expect(session.recording()).toEqual(expected);
  });

  it('writes a WAV that reads back sample for sample, full scale included', () => {
    const pcm = Int16Array.from(tone(16_001, 4), (sample, index) =>
      index === 5 ? -32768 : index === 6 ? 32767 : sample * 4,
    );
    const wav = encodeWav(pcm);
    expect(wav.length).toBe(44 + 2 * 16_001);
    expect(wav.toString('latin1', 0, 4) + wav.toString('latin1', 8, 12)).toBe('RIFFWAVE');
    expect(decodeWav(wav)).toEqual(pcm);
  });
});
