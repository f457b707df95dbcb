import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packagePath } from '../../electron/lib/package-path.js';
import {
  expectedSpeechEngine,
  loadSpeechBinding,
  probeCompiledEngine,
} from '../../electron/services/dictation/speech-binding.js';
import { sharedPath } from '../helpers/shared.js';

// Which speech engine Paume loads, and why: the compiled one only when it is there, built for this
// platform, and survives a trial run in a child process; the prebuilt one otherwise, reason given.
const vadModel = sharedPath('models', 'for-tests-silero-v6.2.0-ggml.bin');
const compiled = packagePath('build', 'speech-engine', 'paume-whisper.node');
const saved = process.env.PAUME_SPEECH_ENGINE;
afterEach(() => {
  if (saved === undefined) delete process.env.PAUME_SPEECH_ENGINE;
  else process.env.PAUME_SPEECH_ENGINE = saved;
});

function engineDir(manifest: object | null, withModule: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'paume-engine-'));
  if (withModule) copyFileSync(compiled, join(dir, 'paume-whisper.node'));
  if (manifest) writeFileSync(join(dir, 'engine.json'), JSON.stringify(manifest));
  return join(dir, 'paume-whisper.node');
}
const manifestHere = {
  mode: 'native',
  platform: `${process.platform}-${process.arch}`,
  cpu: 'Processeur de test',
  binding: '1.1.1',
};
const neverProbed = async (): Promise<string | null> => {
  throw new Error('the probe must not run');
};

describe('speech engine choice', () => {
  it('uses the compiled engine when it is present, for this platform, and passes its trial', async () => {
    process.env.PAUME_SPEECH_ENGINE = engineDir(manifestHere, true);
    const { engine, module } = await loadSpeechBinding(vadModel, async () => null);
    expect(engine).toEqual({ kind: 'compiled', label: 'whisper.cpp compilé pour ce processeur (Processeur de test)' });
    expect(typeof module.WhisperContext).toBe('function');
  });

  it('falls back to the prebuilt engine, saying why, when the compiled one is missing', async () => {
    process.env.PAUME_SPEECH_ENGINE = engineDir(null, false);
    const { engine } = await loadSpeechBinding(vadModel, neverProbed);
    expect(engine.kind).toBe('prebuilt');
    expect(engine.label).toContain('moteur compilé absent (npm run build:speech)');
  });

  it('never tries a module compiled for another platform', async () => {
    process.env.PAUME_SPEECH_ENGINE = engineDir({ ...manifestHere, platform: 'darwin-arm64' }, true);
    const { engine } = await loadSpeechBinding(vadModel, neverProbed);
    expect(engine.label).toContain(`moteur compilé pour darwin-arm64, pas pour ${process.platform}-${process.arch}`);
  });

  it('tells the Cabinet which engine to expect without loading or trying anything', () => {
    process.env.PAUME_SPEECH_ENGINE = engineDir(manifestHere, true);
    expect(expectedSpeechEngine()).toBe(
      'whisper.cpp compilé pour ce processeur (Processeur de test), essayé à la première dictée',
    );
    process.env.PAUME_SPEECH_ENGINE = engineDir({ ...manifestHere, mode: 'portable' }, false);
    expect(expectedSpeechEngine()).toBe(
      'whisper.cpp précompilé générique, lent sur x64 (moteur compilé absent (npm run build:speech))',
    );
  });

  it('falls back when the trial run fails (a module built for another processor)', async () => {
    process.env.PAUME_SPEECH_ENGINE = engineDir(manifestHere, true);
    const { engine } = await loadSpeechBinding(
      vadModel,
      async () => 'compilé pour un autre processeur (instruction illégale)',
    );
    expect(engine).toEqual({
      kind: 'prebuilt',
      label: expect.stringContaining('moteur compilé écarté : compilé pour un autre processeur (instruction illégale)'),
    });
  });
});

describe('trial run of a compiled engine (real child process)', () => {
  it('passes with the module built at install', async () => {
    expect(await probeCompiledEngine(compiled, vadModel)).toBeNull();
  }, 30_000);

  it('reports a file that is not a module instead of crashing the app', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paume-engine-'));
    writeFileSync(join(dir, 'paume-whisper.node'), 'pas un module');
    expect(await probeCompiledEngine(join(dir, 'paume-whisper.node'), vadModel)).toMatch(/^essai en échec : .+/);
  }, 30_000);
});
