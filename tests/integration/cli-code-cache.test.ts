import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../electron/lib/package-path.js';
import { tempDir } from '../helpers/temp-core.js';

// dist/cli.cjs runs its bundle with V8's code cache (electron/cli/cached-start.ts, issue 25).
const help = (cacheDir: string) =>
  execFileSync(process.execPath, [packagePath('dist', 'cli.cjs'), 'help'], {
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, PAUME_CODE_CACHE_DIR: cacheDir },
  });

describe('the code cache of `paume`', () => {
  it('is written by a first run, used by the next, and a damaged one only costs the compile', () => {
    const { dir, remove } = tempDir();
    try {
      expect(help(dir)).toContain('Utilisation : paume <commande>');
      const cached = readdirSync(dir).filter((name) => name.endsWith('.v8'));
      expect(cached).toHaveLength(1);
      expect(cached[0]).toMatch(/^paume-cli\.cjs-\d+-\d+-v\d+/);
      expect(help(dir)).toContain('Utilisation : paume <commande>');
      // Garbage in place of the cache: V8 refuses it, the command still runs and rewrites it.
      writeFileSync(join(dir, cached[0] ?? ''), 'pas du code compilé');
      expect(help(dir)).toContain('Utilisation : paume <commande>');
      expect(readdirSync(dir).filter((name) => name.endsWith('.v8'))).toHaveLength(1);
    } finally {
      remove();
    }
  });

  it('never stops nor hangs a start when its folder cannot be made', () => {
    const { dir, remove } = tempDir();
    try {
      writeFileSync(join(dir, 'un-fichier'), '');
      for (const impossible of [join(dir, 'un-fichier', 'cache'), '/proc/paume-cache-impossible'])
        expect(help(impossible)).toContain('Utilisation : paume <commande>');
    } finally {
      remove();
    }
  });
});
