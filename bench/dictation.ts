// Dictation speed (issue 4), with models of the real `base` and `small` dimensions and random
// weights (no real model can be downloaded here): speed only, never accuracy.
// - whisper.cpp's own bench (encoder per 30 s window, decoder per token), 2 threads, for both
//   engines: the binding compiled for this processor at install, and its prebuilt module;
// - Paume's path (model kept loaded, Silero VAD first, then recognition) on 5 s and 30 s of
//   real French speech: real-time factor and latency from end of speech to final text;
// - the same audio through whisper-node as its README uses it, side by side, as a ratio.
// Random weights never say "end of text": both engines decode up to whisper.cpp's token limit,
// so absolute times are a worst case; the estimate from the bench figures is the realistic one.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { packagePath } from '../electron/lib/package-path.js';
import { sharedPath } from '../tests/helpers/shared.js';
import { DictationSession } from '../electron/services/dictation/session.js';
import { decodeWav, encodeWav } from '../electron/services/dictation/wav.js';
import { loadSpeechBinding } from '../electron/services/dictation/speech-binding.js';
import { openWhisperTranscriber } from '../electron/services/dictation/whisper-transcriber.js';
import { audioContextFor } from '../electron/services/dictation/audio-context.js';
import { BASE, SMALL, writeRandomWhisperModel, type WhisperDims } from './random-whisper-model.js';

const DIR = process.env.PAUME_BENCH_DIR ?? '/tmp/paume-bench';
const SHARED = sharedPath();
const THREADS = 2;
const TOKENS_PER_SECOND_OF_SPEECH = 4; // French dictation: about 2.5 words, 4 tokens, a second.

function speech(seconds: number): Int16Array {
  const clips: Int16Array[] = [];
  let total = 0;
  for (let index = 1; total < seconds * 16_000; index = (index % 49) + 1) {
    const clip = decodeWav(readFileSync(join(SHARED, 'audio', 'fr', `clip-${String(index).padStart(2, '0')}.wav`)));
    clips.push(clip);
    total += clip.length;
  }
  const audio = new Int16Array(seconds * 16_000);
  let offset = 0;
  for (const clip of clips) {
    audio.set(clip.subarray(0, audio.length - offset), offset);
    offset += clip.length;
    if (offset >= audio.length) break;
  }
  return audio;
}

function wavFile(pcm: Int16Array, path: string): string {
  writeFileSync(path, encodeWav(pcm));
  return path;
}

/** whisper-node shells out to whisper.cpp's `main`, which its README has you build with make. */
function whisperNodeReady(): string | null {
  const root = packagePath('node_modules', 'whisper-node', 'lib', 'whisper.cpp');
  if (!existsSync(root)) return null;
  if (!existsSync(join(root, 'main'))) {
    process.stderr.write('Compilation de whisper.cpp pour whisper-node (make main)…\n');
    if (spawnSync('make', ['-j2', 'main'], { cwd: root, stdio: 'ignore' }).status !== 0) return null;
  }
  return root;
}

/** One call, as its README shows it, in a child process: whisper-node changes the working directory. */
function timeWhisperNode(model: string, wav: string): number {
  const script = `const whisper = require('whisper-node').default ?? require('whisper-node');
    const started = performance.now();
    whisper(${JSON.stringify(wav)}, { modelPath: ${JSON.stringify(model)}, whisperOptions: { language: 'fr' } })
      .then(() => console.log(performance.now() - started));`;
  const output = execFileSync(process.execPath, ['-e', script], {
    cwd: packagePath(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 1 << 26,
  });
  return Number(output.trim().split('\n').pop());
}

const VAD_MODEL = packagePath('resources', 'models', 'silero-v6.2.0-ggml.bin');
/** '' lets Paume choose (the compiled engine when it is there); 'prebuilt' forces the prebuilt one. */
async function withEngine<T>(setting: '' | 'prebuilt', run: () => Promise<T>): Promise<T> {
  if (setting) process.env.PAUME_SPEECH_ENGINE = setting;
  else delete process.env.PAUME_SPEECH_ENGINE;
  try {
    return await run();
  } finally {
    delete process.env.PAUME_SPEECH_ENGINE;
  }
}

async function whisperBench(model: string, setting: '' | 'prebuilt', seconds: readonly number[]): Promise<void> {
  const { module, engine } = await withEngine(setting, () => loadSpeechBinding(VAD_MODEL));
  module.WhisperContext.toggleNativeLog(false);
  const context = new module.WhisperContext({ filePath: model, useGpu: false, useFlashAttn: true });
  const bench = await context.bench(THREADS);
  await context.release();
  console.log(`  ${engine.label}`);
  console.log(
    `    whisper.cpp bench : encodeur ${bench.encodeMs.toFixed(0)} ms par fenêtre de 30 s, décodeur ${bench.decodeMs.toFixed(1)} ms par jeton`,
  );
  for (const length of seconds) {
    const estimate = bench.encodeMs + length * TOKENS_PER_SECOND_OF_SPEECH * bench.decodeMs;
    console.log(
      `    estimation pour ${length} s de parole (encodeur + ${length * TOKENS_PER_SECOND_OF_SPEECH} jetons) : ${(estimate / 1000).toFixed(1)} s, facteur temps réel ${(estimate / 1000 / length).toFixed(2)}`,
    );
  }
}

async function benchModel(dims: WhisperDims, whisperNode: string | null): Promise<void> {
  const model = join(DIR, `random-${dims.name}.bin`);
  writeRandomWhisperModel(
    join(SHARED, 'models', `for-tests-ggml-${dims.name === 'small' ? 'base' : dims.name}.bin`),
    model,
    dims,
  );
  console.log(`\nModèle de dimensions « ${dims.name} » (poids aléatoires), ${THREADS} fils :`);
  await whisperBench(model, '', [5, 30]);
  // The prebuilt engine's bench alone takes 40 s (base) to 3 min (small) here; its end-to-end runs
  // took 1.5 to 15 minutes each, so they are left out.
  if (!process.env.PAUME_BENCH_SKIP_PREBUILT) await whisperBench(model, 'prebuilt', [5, 30]);
  const transcriber = await withEngine('', () =>
    openWhisperTranscriber({ modelFile: model, vadModelFile: VAD_MODEL, threads: THREADS }),
  );
  console.log(`  Chemin de Paume avec ${transcriber.engine} :`);
  for (const seconds of [5, 30]) {
    const audio = speech(seconds);
    const session = new DictationSession(transcriber, '', () => undefined);
    session.append(audio);
    const started = performance.now();
    await session.finish();
    const paume = performance.now() - started;
    let line = `    ${seconds} s de parole, chemin de Paume (VAD puis reconnaissance, modèle chargé) : ${(paume / 1000).toFixed(1)} s après la fin de la parole, facteur temps réel ${(paume / 1000 / seconds).toFixed(2)}`;
    if (whisperNode) {
      const other = timeWhisperNode(model, wavFile(audio, join(DIR, `speech-${seconds}s.wav`)));
      line += ` ; whisper-node : ${(other / 1000).toFixed(1)} s (rapport whisper-node / Paume : ${(other / paume).toFixed(2)})`;
    } else {
      line += ` ; whisper-node : non mesuré (${process.env.PAUME_BENCH_SKIP_WHISPER_NODE ? 'PAUME_BENCH_SKIP_WHISPER_NODE' : 'compilation impossible'})`;
    }
    console.log(line);
  }
  // The encoder's window sized to the segment (audio_ctx, issue 25) against whisper's full 30 s:
  // end of a segment → its text, per segment length.
  const fullWindow = await withEngine('', () =>
    openWhisperTranscriber({ modelFile: model, vadModelFile: VAD_MODEL, threads: THREADS, encoderWindow: 'full' }),
  );
  for (const seconds of [1, 2, 5, 10]) {
    const audio = speech(seconds);
    const timed = async (engine: typeof transcriber) => {
      const times: number[] = [];
      for (let run = 0; run < 3; run += 1) {
        const started = performance.now();
        await engine.transcribe(audio, { prompt: '' });
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[1] ?? 0;
    };
    const sized = await timed(transcriber);
    const full = await timed(fullWindow);
    console.log(
      `    segment de ${seconds} s : texte ${(sized / 1000).toFixed(2)} s après sa fin avec la fenêtre à sa mesure (audio_ctx ${audioContextFor(audio.length)}), ${(full / 1000).toFixed(2)} s avec la fenêtre de 30 s (${(full / sized).toFixed(1)} ×) ; objectif ≤ 1,5 s`,
    );
  }
  await fullWindow.close();
  // As in the app: one-second chunks at the pace of speech, stretches recognised while the
  // surgeon goes on talking; what counts is the wait after the last chunk.
  for (const seconds of [5, 30]) {
    const audio = speech(seconds);
    const session = new DictationSession(transcriber, '', () => undefined);
    const start = performance.now();
    for (let second = 0; second < seconds; second += 1) {
      session.append(audio.subarray(second * 16_000, (second + 1) * 16_000));
      await sleep(start + (second + 1) * 1000 - performance.now());
    }
    const ended = performance.now();
    await session.finish();
    console.log(
      `    ${seconds} s de dictée en direct (morceaux d’une seconde au rythme de la parole) : texte final ${((performance.now() - ended) / 1000).toFixed(1)} s après la fin de la parole`,
    );
  }
  await transcriber.close();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

mkdirSync(DIR, { recursive: true });
const whisperNode = process.env.PAUME_BENCH_SKIP_WHISPER_NODE ? null : whisperNodeReady();
for (const dims of (process.env.PAUME_BENCH_DICTATION ?? 'base,small')
  .split(',')
  .map((name) => (name === 'small' ? SMALL : BASE)))
  await benchModel(dims, whisperNode);
