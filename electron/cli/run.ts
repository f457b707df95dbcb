import { CliError, type CliOutput } from './cli-io.js';
import type { CliCommand } from './command.js';
import type { ServeHandle } from './commands/serve.js';
import { parseCommandLine, USAGE } from './options.js';

export { CliError, type CliOutput, type ServeHandle, USAGE };

/**
 * Every command of `paume`, one file each in commands/, each loaded when it is run: `paume help`
 * and `paume migrate` do not pay for the server, the mail or the speech engine (issue 25).
 */
const COMMANDS: Readonly<Record<string, () => Promise<CliCommand<number | ServeHandle>>>> = {
  serve: async () => (await import('./commands/serve.js')).serveCommand,
  migrate: async () => (await import('./commands/migrate.js')).migrateCommand,
  backup: async () => (await import('./commands/backup.js')).backupCommand,
  'seed-demo': async () => (await import('./commands/seed-demo.js')).seedDemoCommand,
  restore: async () => (await import('./commands/restore.js')).restoreCommand,
  pair: async () => (await import('./commands/pair.js')).pairCommand,
  audit: async () => (await import('./commands/audit.js')).auditCommand,
  transcribe: async () => (await import('./commands/transcribe.js')).transcribeCommand,
  triage: async () => (await import('./commands/triage.js')).triageCommand,
  appel: async () => (await import('./commands/appel.js')).appelCommand,
};

/** Runs one command; returns the exit code, or a running server for `serve`. */
export async function runCli(argv: readonly string[], io: CliOutput): Promise<number | ServeHandle> {
  const { values, positionals } = parseCommandLine(argv);
  const [name, ...args] = positionals;
  if (values.help || name === undefined || name === 'help') {
    io.out(USAGE);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) throw new CliError(`Commande inconnue : « ${name} ».\n\n${USAGE}`);
  const command = await load();
  return command.run({
    args,
    values,
    io,
    expectArguments: (count, what) => {
      if (args.length !== count) throw new CliError(`paume ${name} attend ${what}.\n\n${USAGE}`);
    },
  });
}
