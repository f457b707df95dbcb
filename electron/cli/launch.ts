import { spawn } from 'node:child_process';
import { packagePath } from '../lib/package-path.js';
import { CliError, runCli } from './run.js';
import { electronBinary } from './electron-binary.js';

/** `npm start`: the Electron window where Electron's binary is installed, otherwise browser mode. */
const args = process.argv.slice(2);
const binary = electronBinary(packagePath('package.json'));
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
