/** Speech found by voice-activity detection, in seconds from the start of the audio. */
export interface SpeechSegment {
  readonly start: number;
  readonly end: number;
}

/**
 * The small interface the rest of Paume sees of the speech engine. Audio is always 16 kHz mono
 * signed 16-bit PCM. One implementation (whisper-transcriber.ts) wraps whisper.cpp; tests may use
 * it with whisper.cpp's test models.
 */
export interface Transcriber {
  /** Which engine runs, in French (shown in the Cabinet's dictation panel). */
  readonly engine: string;
  /** Where voice is, so that silence never reaches recognition. */
  detectSpeech(pcm: Int16Array): Promise<SpeechSegment[]>;
  transcribe(pcm: Int16Array, options: { prompt: string }): Promise<string>;
  close(): Promise<void>;
}

export const SAMPLE_RATE = 16_000;
