import { CliError, runCli } from './run.js';
import { MigrationError } from '../../db/migrate.js';

const io = {
  out: (line: string) => {
    console.log(line);
  },
  err: (line: string) => {
    console.error(line);
  },
};

runCli(process.argv.slice(2), io).then(
  (result) => {
    if (typeof result === 'number') {
      process.exitCode = result;
      return;
    }
    const stop = () => void result.stop().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  },
  (error: unknown) => {
    const known = error instanceof CliError || error instanceof MigrationError;
    console.error(known ? error.message : `Erreur : ${(error as Error).message}`);
    process.exitCode = known ? 2 : 1;
  },
);
