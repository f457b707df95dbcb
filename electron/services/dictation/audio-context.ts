/** whisper's encoder sees 30 s of audio as 1,500 frames: 50 per second. */
const FRAMES_PER_SECOND = 50;
const FULL_WINDOW_FRAMES = 1500;
const SAMPLE_RATE = 16_000;
/** A second more than the speech, so the last word is never cut at the window's edge. */
const MARGIN_SECONDS = 1;
/** Frames in steps of 64, as whisper.cpp's examples pad audio_ctx, and never under 2 s of audio. */
const STEP = 64;
const FLOOR_FRAMES = 128;

/**
 * The encoder window for a segment (issue 25): whisper pays for its 30-second window whatever the
 * segment, 4 to 5 s with `small` on 2 cores; sized to the segment, a 5 s stretch costs a fraction.
 * A segment of 29 s or more keeps the full window, the one the models were trained on.
 */
export function audioContextFor(samples: number): number {
  const seconds = samples / SAMPLE_RATE + MARGIN_SECONDS;
  const frames = Math.ceil((seconds * FRAMES_PER_SECOND) / STEP) * STEP;
  return Math.min(FULL_WINDOW_FRAMES, Math.max(FLOOR_FRAMES, frames));
}
