import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';

test('npm start without Electron says so in one line and serves browser mode on the data folder', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'paume-launch-'));
  const child = spawn(process.execPath, ['dist/launch.cjs', '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(output));
      }, 20_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Paume est prêt : (\S+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    expect(output.split('\n')[0]).toBe(
      "Electron n'est pas installé sur cette machine : Paume s'ouvre en mode navigateur.",
    );
    expect(await (await fetch(`${url}/api/health`)).json()).toMatchObject({ ok: true });
    expect(await (await fetch(url)).text()).toContain('<div id="root">');
    expect(existsSync(join(dataDir, 'paume.sqlite'))).toBe(true);
  } finally {
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
