import { describe, expect, it } from 'vitest';
import { audioContextFor } from '../../electron/services/dictation/audio-context.js';

const seconds = (value: number) => Math.round(value * 16_000);

describe('the encoder window of a dictated segment', () => {
  it('covers the segment and a second more, in steps of 64 frames (50 frames a second)', () => {
    for (const length of [0.4, 1, 2.5, 5, 7.3, 10, 15, 20]) {
      const frames = audioContextFor(seconds(length));
      expect(frames % 64, `${length} s`).toBe(0);
      expect(frames, `${length} s`).toBeGreaterThanOrEqual((length + 1) * 50);
      expect(frames - 64, `${length} s: no more than a step beyond`).toBeLessThan(Math.max(128, (length + 1) * 50));
    }
  });

  it('grows with the segment and never exceeds the full 30-second window', () => {
    let previous = 0;
    for (let length = 0; length <= 40; length += 0.5) {
      const frames = audioContextFor(seconds(length));
      expect(frames).toBeGreaterThanOrEqual(previous);
      expect(frames).toBeLessThanOrEqual(1500);
      previous = frames;
    }
    expect(audioContextFor(seconds(29))).toBe(1500);
    expect(audioContextFor(seconds(60))).toBe(1500);
    expect(audioContextFor(0)).toBe(128);
  });
});
