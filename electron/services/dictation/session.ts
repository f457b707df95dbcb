import type { SpeechSegment, Transcriber } from './transcriber.js';
import { SAMPLE_RATE } from './transcriber.js';

/** Below this much pending audio, wait for more before looking for speech. */
const ANALYSE_EVERY_S = 2;
/** Speech that ends this close to the end of what was received may still be going on. */
const STILL_SPEAKING_S = 0.6;
/** Padding kept around detected speech, so words are not clipped. */
const PAD_S = 0.2;

export interface DictationProgress {
  readonly receivedSeconds: number;
  readonly speechSeconds: number;
  readonly rawText: string;
}

/**
 * One dictation: audio arrives in chunks, voice-activity detection finds speech, finished
 * stretches of speech are recognised while the surgeon goes on talking (a few seconds behind), and
 * silence never reaches recognition. Work is serialised: one recognition at a time per session.
 */
export class DictationSession {
  private pending = new Int16Array(0);
  private received = 0;
  private speech = 0;
  private texts: string[] = [];
  private work: Promise<void> = Promise.resolve();
  private failure: Error | null = null;
  /** Every chunk as received, only when the surgeon keeps the recording; otherwise nothing is kept. */
  private readonly recorded: Int16Array[] | null;

  constructor(
    private readonly transcriber: Transcriber,
    private readonly prompt: string,
    private readonly onProgress: (progress: DictationProgress) => void,
    options: { keepRecording?: boolean } = {},
  ) {
    this.recorded = options.keepRecording ? [] : null;
  }

  append(samples: Int16Array): DictationProgress {
    this.recorded?.push(samples.slice());
    const joined = new Int16Array(this.pending.length + samples.length);
    joined.set(this.pending);
    joined.set(samples, this.pending.length);
    this.pending = joined;
    this.received += samples.length;
    if (this.pending.length >= ANALYSE_EVERY_S * SAMPLE_RATE) this.schedule(false);
    return this.progress();
  }

  /** Waits for what is in flight, recognises what is left, and gives the whole raw text. */
  async finish(): Promise<DictationProgress> {
    this.schedule(true);
    await this.work;
    if (this.failure) throw this.failure;
    return this.progress();
  }

  /** The whole recording, silences included, when it is kept; null otherwise. */
  recording(): Int16Array | null {
    if (!this.recorded) return null;
    const whole = new Int16Array(this.received);
    let offset = 0;
    for (const part of this.recorded) {
      whole.set(part, offset);
      offset += part.length;
    }
    return whole;
  }

  private progress(): DictationProgress {
    return {
      receivedSeconds: this.received / SAMPLE_RATE,
      speechSeconds: this.speech,
      rawText: this.texts.join(' ').trim(),
    };
  }

  private schedule(final: boolean): void {
    this.work = this.work
      .then(() => this.analyse(final))
      .catch((error: unknown) => {
        this.failure = error instanceof Error ? error : new Error(String(error));
      });
  }

  private async analyse(final: boolean): Promise<void> {
    const audio = this.pending;
    if (audio.length === 0) return;
    const duration = audio.length / SAMPLE_RATE;
    const segments = await this.transcriber.detectSpeech(audio);
    const finished = final ? segments : segments.filter((segment) => segment.end < duration - STILL_SPEAKING_S);
    if (finished.length === 0) {
      // Nothing finished: keep listening; drop long silence but keep its tail (a word may start there).
      if (segments.length === 0 && !final && duration > 5) this.pending = audio.slice(audio.length - SAMPLE_RATE);
      if (final) this.pending = new Int16Array(0);
      return;
    }
    const last = finished[finished.length - 1] as SpeechSegment;
    const cut = final ? audio.length : Math.min(audio.length, Math.round((last.end + PAD_S) * SAMPLE_RATE));
    this.pending = audio.slice(cut);
    const speechAudio = concatSpeech(audio, finished);
    this.speech += finished.reduce((sum, segment) => sum + (segment.end - segment.start), 0);
    const text = (await this.transcriber.transcribe(speechAudio, { prompt: this.prompt })).trim();
    if (text) this.texts.push(text);
    this.onProgress(this.progress());
  }
}

/** Only the speech, each stretch padded, silence between them left out. */
function concatSpeech(audio: Int16Array, segments: readonly SpeechSegment[]): Int16Array {
  const parts = segments.map((segment) =>
    audio.subarray(
      Math.max(0, Math.round((segment.start - PAD_S) * SAMPLE_RATE)),
      Math.min(audio.length, Math.round((segment.end + PAD_S) * SAMPLE_RATE)),
    ),
  );
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const joined = new Int16Array(total);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}
