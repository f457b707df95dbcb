import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { packagePath } from '../lib/package-path.js';
import { CliError, runCli } from '../cli.js';

/**
 * `npm start`: the Electron window where Electron's binary is installed, otherwise the same app in
 * browser mode. The `electron` package exports the path of its binary when required from Node;
 * it is an optional dependency, absent where its download is impossible.
 */
function electronBinary(): string | null {
  try {
    const binary: unknown = createRequire(packagePath('package.json'))('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const args = process.argv.slice(2);
const binary = electronBinary();
if (binary) {
  const child = spawn(binary, [packagePath('dist', 'main.cjs'), ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log("Electron n'est pas installé sur cette machine : Paume s'ouvre en mode navigateur.");
  const io = {
    out: (line: string) => {
      console.log(line);
    },
    err: (line: string) => {
      console.error(line);
    },
  };
  runCli(['serve', ...args], io).then(
    (result) => {
      if (typeof result === 'number') return;
      console.log(`Ouvrez ${result.server.url} dans votre navigateur. Ctrl+C pour arrêter.`);
      const stop = () => void result.stop().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error: unknown) => {
      console.error(error instanceof CliError ? error.message : `Erreur : ${(error as Error).message}`);
      process.exitCode = 2;
    },
  );
}
