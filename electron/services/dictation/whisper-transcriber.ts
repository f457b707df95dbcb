import { initWhisper, initWhisperVad, toggleNativeLog } from '@fugood/whisper.node';
import type { SpeechSegment, Transcriber } from './transcriber.js';

/**
 * whisper.cpp through @fugood/whisper.node: an N-API binding (loads in Electron without a
 * rebuild), prebuilt for Windows, macOS and Linux, with Silero voice-activity detection. Its
 * calls run on native threads: the event loop never waits for recognition. The model stays loaded
 * for the life of the transcriber, so each segment costs inference only.
 */
export async function openWhisperTranscriber(options: { modelFile: string; vadModelFile: string; threads: number }): Promise<Transcriber> {
  // whisper.cpp prints its internals on stderr; the app reports what matters itself.
  await toggleNativeLog(false);
  const [whisper, vad] = await Promise.all([
    initWhisper({ filePath: options.modelFile, useGpu: false }),
    initWhisperVad({ filePath: options.vadModelFile, useGpu: false, nThreads: options.threads }),
  ]);
  // The binding reads the ArrayBuffer as 16-bit samples: pass exactly the bytes of the view.
  const bytesOf = (pcm: Int16Array): ArrayBuffer => pcm.slice().buffer as ArrayBuffer;
  return {
    async detectSpeech(pcm: Int16Array): Promise<SpeechSegment[]> {
      if (pcm.length === 0) return [];
      const segments = await vad.detectSpeechData(bytesOf(pcm), {});
      // The binding gives centiseconds.
      return segments.map((segment) => ({ start: segment.t0 / 100, end: segment.t1 / 100 }));
    },
    async transcribe(pcm: Int16Array, { prompt }): Promise<string> {
      const { promise } = whisper.transcribeData(bytesOf(pcm), { language: 'fr', maxThreads: options.threads, prompt, temperatureInc: 0 });
      return (await promise).result;
    },
    async close(): Promise<void> {
      await Promise.all([whisper.release(), vad.release()]);
    },
  };
}
