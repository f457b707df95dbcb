import { execFile } from 'node:child_process';

export interface IsolatedOutcome {
  readonly code: number | null;
  /** The signal that ended it, where the host can tell (Node can; Electron's utility process cannot). */
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a Node script in a process of its own and reports how it ended. Code that may crash the
 * process (a native module built for another processor) is tried this way first. The Electron
 * window passes a runner on a utility process (electron/main/utility-runner.ts); the CLI and
 * the server use a child Node.
 */
export type IsolatedRunner = (script: string, args: readonly string[], timeoutMs: number) => Promise<IsolatedOutcome>;

export const childNodeRunner: IsolatedRunner = (script, args, timeoutMs) =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      [script, ...args],
      { timeout: timeoutMs, windowsHide: true },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, signal: error?.signal ?? null, stdout, stderr });
      },
    );
  });
