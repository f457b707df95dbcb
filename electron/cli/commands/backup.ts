import { backupDatabase } from '../../../db/backup.js';
import type { CliCommand } from '../command.js';
import { withCore } from '../open-core.js';
import { dataDirOf } from '../options.js';

/** `paume backup FILE`: a copy of the live database, page by page, even while Paume runs. */
export const backupCommand: CliCommand = {
  name: 'backup',
  run: ({ args, values, io, expectArguments }) => {
    expectArguments(1, 'le fichier de destination : paume backup <fichier>');
    const destination = args[0] as string;
    return withCore(dataDirOf(values), async (core) => {
      // The chain's head goes into the backup (and stays in the database): a log cut short later is seen.
      const head = core.services.audit.recordHead(`sauvegarde ${destination}`);
      if (head) io.out(`Tête de la chaîne du journal : entrée n° ${head.entryId}, ${head.hash}`);
      await backupDatabase(core.db, destination, (done, total) => {
        io.err(`Sauvegarde : ${done}/${total} pages`);
      });
      io.out(`Sauvegarde écrite : ${destination}`);
      return 0;
    });
  },
};
