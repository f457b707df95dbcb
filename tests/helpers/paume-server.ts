import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { packagePath } from '../../electron/lib/package-path.js';

export interface ServedPaume {
  readonly url: string;
  readonly child: ChildProcessByStdio<null, Readable, Readable>;
  /** Everything it printed so far. */
  readonly output: () => string;
}

/**
 * The built `paume serve` on a free port over `dataDir`, once it says it is ready: the e2e
 * fixtures and the crash tests start the real server the same way.
 */
export async function servePaume(
  dataDir: string,
  extraArgs: readonly string[] = [],
  env: Record<string, string> = {},
  /** A fixed port, for a test that restarts the server where its seats expect it. */
  port = '0',
): Promise<ServedPaume> {
  const child = spawn(
    process.execPath,
    [packagePath('dist', 'cli.cjs'), 'serve', '--port', port, '--data-dir', dataDir, ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`paume serve n'a pas démarré :\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Paume est prêt : (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`paume serve s'est arrêté (${code}) :\n${output}`)));
  });
  return { url, child, output: () => output };
}
