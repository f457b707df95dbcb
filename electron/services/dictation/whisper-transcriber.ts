import type { IsolatedRunner } from '../../lib/isolated-process.js';
import { audioContextFor } from './audio-context.js';
import { loadSpeechBinding, probeCompiledEngine } from './speech-binding.js';
import type { SpeechSegment, Transcriber } from './transcriber.js';

/**
 * whisper.cpp through @fugood/whisper.node's N-API binding (loads in Electron without a rebuild),
 * with Silero voice-activity detection: the binding compiled for this processor when it is there
 * (scripts/build-speech-engine.mjs), its prebuilt module otherwise. Calls run on native threads:
 * the event loop never waits for recognition. The model stays loaded for the life of the
 * transcriber, so each segment costs inference only.
 */
export async function openWhisperTranscriber(options: {
  modelFile: string;
  vadModelFile: string;
  threads: number;
  /** The encoder's window: sized to each segment (default), or whisper's full 30 s (for comparison). */
  encoderWindow?: 'segment' | 'full';
  /** Where the compiled engine is tried first (a child Node, or Electron's utility process). */
  runIsolated?: IsolatedRunner;
}): Promise<Transcriber> {
  const { module, engine } = await loadSpeechBinding(options.vadModelFile, (file, vad) =>
    probeCompiledEngine(file, vad, options.runIsolated),
  );
  // whisper.cpp prints its internals on stderr; the app reports what matters itself.
  module.WhisperContext.toggleNativeLog(false);
  const [whisper, vad] = [
    // Flash attention, as whisper.cpp's own CLI does by default: the encoder is 10 to 25 % faster
    // on the CPU here (bench/dictation.ts).
    new module.WhisperContext({ filePath: options.modelFile, useGpu: false, useFlashAttn: true }),
    // Silero is tiny: a second thread only adds waiting (measured: 20 ms for 3 s of audio on one
    // thread, 60 to 430 ms on two).
    new module.WhisperVadContext({ filePath: options.vadModelFile, useGpu: false, nThreads: 1 }),
  ];
  // The binding reads the ArrayBuffer as 16-bit samples: pass exactly the bytes of the view.
  const bytesOf = (pcm: Int16Array): ArrayBuffer => pcm.slice().buffer;
  return {
    engine: engine.label,
    async detectSpeech(pcm: Int16Array): Promise<SpeechSegment[]> {
      if (pcm.length === 0) return [];
      const segments = await vad.detectSpeechData(bytesOf(pcm), {});
      // The binding gives centiseconds.
      return segments.map((segment) => ({ start: segment.t0 / 100, end: segment.t1 / 100 }));
    },
    async transcribe(pcm: Int16Array, { prompt }): Promise<string> {
      const settings = {
        language: 'fr',
        maxThreads: options.threads,
        prompt,
        temperatureInc: 0,
        // Read by Paume's compiled engine (its binding patched at build, not in the binding's
        // types); ignored by the prebuilt one.
        audioCtx: options.encoderWindow === 'full' ? 0 : audioContextFor(pcm.length),
      };
      const { promise } = whisper.transcribeData(bytesOf(pcm), settings);
      return (await promise).result;
    },
    async close(): Promise<void> {
      await Promise.all([whisper.release(), vad.release()]);
    },
  };
}
