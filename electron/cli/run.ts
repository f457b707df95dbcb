import { CliError, type CliOutput } from './cli-io.js';
import type { CliCommand } from './command.js';
import { auditCommand } from './commands/audit.js';
import { backupCommand } from './commands/backup.js';
import { migrateCommand } from './commands/migrate.js';
import { pairCommand } from './commands/pair.js';
import { restoreCommand } from './commands/restore.js';
import { seedDemoCommand } from './commands/seed-demo.js';
import { serveCommand, type ServeHandle } from './commands/serve.js';
import { transcribeCommand } from './commands/transcribe.js';
import { triageCommand } from './commands/triage.js';
import { parseCommandLine, USAGE } from './options.js';

export { CliError, type CliOutput, type ServeHandle, USAGE };

/** Every command of `paume`, one file each in commands/; `help` is the usage. */
const COMMANDS: readonly CliCommand<number | ServeHandle>[] = [
  serveCommand,
  migrateCommand,
  backupCommand,
  seedDemoCommand,
  restoreCommand,
  pairCommand,
  auditCommand,
  transcribeCommand,
  triageCommand,
];

/** Runs one command; returns the exit code, or a running server for `serve`. */
export async function runCli(argv: readonly string[], io: CliOutput): Promise<number | ServeHandle> {
  const { values, positionals } = parseCommandLine(argv);
  const [name, ...args] = positionals;
  if (values.help || name === undefined || name === 'help') {
    io.out(USAGE);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) throw new CliError(`Commande inconnue : « ${name} ».\n\n${USAGE}`);
  return command.run({
    args,
    values,
    io,
    expectArguments: (count, what) => {
      if (args.length !== count) throw new CliError(`paume ${name} attend ${what}.\n\n${USAGE}`);
    },
  });
}
