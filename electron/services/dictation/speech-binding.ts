import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { loadWhisperModule } from '@fugood/whisper.node';
import { z } from 'zod';
import { childNodeRunner, type IsolatedRunner } from '../../lib/isolated-process.js';
import { packagePath } from '../../lib/package-path.js';

/** What @fugood/whisper.node's native module exports; the compiled engine exports the same. */
export type WhisperModule = Awaited<ReturnType<typeof loadWhisperModule>>;

export interface SpeechEngine {
  readonly kind: 'compiled' | 'prebuilt';
  /** French, for the Cabinet's dictation panel. */
  readonly label: string;
}

/** Written by scripts/build-speech-engine.mjs beside the module it compiled. */
const engineManifest = z.object({
  mode: z.enum(['native', 'portable']),
  platform: z.string(),
  cpu: z.string(),
  binding: z.string(),
});

/**
 * PAUME_SPEECH_ENGINE=prebuilt forces the prebuilt module (the benchmark compares both);
 * PAUME_SPEECH_ENGINE=/path/paume-whisper.node names another compiled one.
 */
export function compiledEngineFile(): string | null {
  const chosen = process.env.PAUME_SPEECH_ENGINE;
  if (chosen === 'prebuilt') return null;
  if (chosen) return chosen;
  // Packaged, the module and its manifest sit outside the asar archive (electron-builder.yml):
  // a native module cannot be loaded from inside it, and the probe's child reads them too.
  return packagePath('build', 'speech-engine', 'paume-whisper.node').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

/** A plain CommonJS script, so that a child Node and an Electron utility process both run it. */
const PROBE_SCRIPT = (): string => packagePath('resources', 'engine-probe.cjs');
const PROBE_TIMEOUT_MS = 30_000;

/**
 * Runs the compiled module once in a process of its own before the app loads it: a module
 * compiled for another processor dies on an illegal instruction, and that must kill a probe, not
 * the app with a surgeon's unsaved letter in it. The host chooses the process (issue 15): a child
 * Node here, a utility process in the Electron window, which needs no ELECTRON_RUN_AS_NODE.
 */
export async function probeCompiledEngine(
  file: string,
  vadModelFile: string,
  run: IsolatedRunner = childNodeRunner,
): Promise<string | null> {
  const outcome = await run(PROBE_SCRIPT(), [file, vadModelFile], PROBE_TIMEOUT_MS);
  if (outcome.code === 0 && outcome.stdout === 'ok') return null;
  if (outcome.signal === 'SIGILL') return 'compilé pour un autre processeur (instruction illégale)';
  const last =
    outcome.stderr.trim().split('\n').pop() || `fin anormale (code ${outcome.code ?? outcome.signal ?? 'inconnu'})`;
  return `essai en échec : ${last.slice(0, 200)}`;
}

function readManifest(file: string): z.infer<typeof engineManifest> | null {
  const manifestFile = join(dirname(file), 'engine.json');
  if (!existsSync(manifestFile)) return null;
  try {
    const parsed = engineManifest.safeParse(JSON.parse(readFileSync(manifestFile, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // a half-written manifest: treated as no compiled engine
  }
}

type Candidate = { file: string; label: string } | { reason: string };

/** The compiled engine Paume would try, or why it would not: no probe, cheap enough for a status. */
function compiledCandidate(): Candidate {
  const file = compiledEngineFile();
  if (!file) return { reason: 'moteur compilé désactivé (PAUME_SPEECH_ENGINE=prebuilt)' };
  const manifest = readManifest(file);
  const platform = `${process.platform}-${process.arch}`;
  if (!existsSync(file) || !manifest) return { reason: 'moteur compilé absent (npm run build:speech)' };
  if (manifest.platform !== platform)
    return { reason: `moteur compilé pour ${manifest.platform}, pas pour ${platform}` };
  const target = manifest.mode === 'native' ? `pour ce processeur (${manifest.cpu})` : 'portable (AVX2)';
  return { file, label: `whisper.cpp compilé ${target}` };
}

const prebuiltLabel = (reason: string) => `whisper.cpp précompilé générique, lent sur x64 (${reason})`;

/** What the Cabinet shows before the first dictation has loaded an engine. */
export function expectedSpeechEngine(): string {
  const candidate = compiledCandidate();
  return 'file' in candidate ? `${candidate.label}, essayé à la première dictée` : prebuiltLabel(candidate.reason);
}

/**
 * The compiled engine when it exists, was built for this platform and survives the probe; the
 * prebuilt one otherwise, with the reason shown in the Cabinet.
 */
export async function loadSpeechBinding(
  vadModelFile: string,
  probe: (file: string, vadModelFile: string) => Promise<string | null> = probeCompiledEngine,
): Promise<{ module: WhisperModule; engine: SpeechEngine }> {
  const candidate = compiledCandidate();
  let reason = 'reason' in candidate ? candidate.reason : '';
  if ('file' in candidate) {
    const failure = await probe(candidate.file, vadModelFile);
    if (failure === null)
      return {
        module: createRequire(import.meta.url)(candidate.file) as WhisperModule,
        engine: { kind: 'compiled', label: candidate.label },
      };
    reason = `moteur compilé écarté : ${failure}`;
  }
  // Imported here, not at the top: the status above must not load the binding at start-up.
  const prebuilt = await import('@fugood/whisper.node');
  return { module: await prebuilt.loadWhisperModule(), engine: { kind: 'prebuilt', label: prebuiltLabel(reason) } };
}
