import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPaumeCore, type PaumeCore } from '../electron/core/paume-core.js';

/** A practice in a temp folder with its first administrator (a surgeon too), for the benchmarks. */
export async function openBenchCore(name: string): Promise<{
  core: PaumeCore;
  actor: { userId: number; seat: string };
  dispose: () => void;
}> {
  const dir = mkdtempSync(join(tmpdir(), `paume-bench-${name}-`));
  const core = await openPaumeCore({ databaseFile: join(dir, 'paume.sqlite'), logger: { error: () => undefined } });
  const userId = await core.services.setup.initialize({
    practiceName: 'Banc',
    login: 'bench',
    displayName: 'Bench',
    password: 'bench-password',
    alsoSurgeon: true,
  });
  return {
    core,
    actor: { userId, seat: 'bench' },
    dispose: () => {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
