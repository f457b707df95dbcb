import { createInterface } from 'node:readline/promises';
import { CliError } from './cli-io.js';
import { parseRecoveryKey } from '../lib/database-key.js';

/**
 * The recovery key given at start instead of a key kept on disk (issue 14): in PAUME_CLE_BASE,
 * or typed at the terminal with --demander-cle. Null: Paume uses (or makes) the key it keeps.
 */
export async function suppliedDatabaseKey(options: {
  env: NodeJS.ProcessEnv;
  ask: boolean;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}): Promise<Buffer | null> {
  const fromEnv = options.env.PAUME_CLE_BASE?.trim();
  if (fromEnv) {
    const key = parseRecoveryKey(fromEnv);
    if (!key) throw new CliError('PAUME_CLE_BASE : clé de secours illisible (52 caractères en groupes de 4 attendus).');
    return key;
  }
  if (!options.ask) return null;
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stderr;
  const reader = createInterface({ input, output, terminal: false });
  try {
    const typed = await reader.question('Clé de secours de la base (52 caractères) : ');
    const key = parseRecoveryKey(typed);
    if (!key) throw new CliError('Clé de secours illisible : 52 caractères en groupes de 4 attendus.');
    return key;
  } finally {
    reader.close();
  }
}
