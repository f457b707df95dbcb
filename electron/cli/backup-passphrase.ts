import { createInterface } from 'node:readline/promises';
import { CliError } from './cli-io.js';

/**
 * The passphrase of `paume backup` and `paume restore` (issue 22): PAUME_PHRASE_SAUVEGARDE, or
 * typed at the terminal. Without a terminal (a script, a scheduled task) nothing can be typed:
 * the command says which variable to set instead of waiting for ever.
 */
export async function backupPassphrase(options: {
  env: NodeJS.ProcessEnv;
  command: string;
  input?: NodeJS.ReadableStream & { isTTY?: boolean };
  output?: NodeJS.WritableStream;
}): Promise<string> {
  const fromEnv = options.env.PAUME_PHRASE_SAUVEGARDE;
  if (fromEnv) return fromEnv;
  const input = options.input ?? process.stdin;
  if (!input.isTTY)
    throw new CliError(
      `paume ${options.command} : donnez la phrase secrète des sauvegardes dans la variable PAUME_PHRASE_SAUVEGARDE (pas de terminal où la taper).`,
    );
  const reader = createInterface({ input, output: options.output ?? process.stderr, terminal: false });
  try {
    const typed = await reader.question('Phrase secrète des sauvegardes : ');
    if (!typed) throw new CliError('Phrase secrète des sauvegardes : rien n’a été tapé ; rien n’a été écrit.');
    return typed;
  } finally {
    reader.close();
  }
}
