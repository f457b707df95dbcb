import type { IsolatedOutcome, IsolatedRunner } from '../lib/isolated-process.js';

/** The slice of Electron's utilityProcess.fork the runner uses (typed from Electron's own API). */
type Fork = typeof import('electron').utilityProcess.fork;

/**
 * Runs a Node script in an Electron utility process (issue 15): it needs no ELECTRON_RUN_AS_NODE,
 * which the packaged build's fuses turn off, and a crash there (a speech engine built for another
 * processor) ends the utility process, never the window with a letter in it.
 */
export function utilityProcessRunner(fork: Fork): IsolatedRunner {
  return (script, args, timeoutMs) =>
    new Promise<IsolatedOutcome>((resolve) => {
      const child = fork(script, [...args], { stdio: 'pipe', serviceName: 'Paume : essai du moteur vocal' });
      let stdout = '';
      let stderr = '';
      child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const timer = setTimeout(() => child.kill(), timeoutMs);
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, signal: null, stdout, stderr });
      });
    });
}
