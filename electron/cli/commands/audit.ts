import { CliError } from '../cli-io.js';
import type { CliCommand } from '../command.js';
import { withCore } from '../open-core.js';
import { dataDirOf, USAGE } from '../options.js';

/** `paume audit verify`: reads the journal's chain and names the first broken entry (exit code 1). */
export const auditCommand: CliCommand = {
  name: 'audit',
  run: ({ args, values, io }) => {
    if (args.length !== 1 || args[0] !== 'verify')
      throw new CliError(`paume audit attend « verify » : paume audit verify\n\n${USAGE}`);
    return withCore(dataDirOf(values), (core) => {
      const report = core.services.audit.verifyChain();
      const broken = report.firstBroken;
      if (broken) {
        io.err(
          `Chaîne du journal ROMPUE à l'entrée n° ${broken.entryId}${broken.action ? ` (${broken.at}, ${broken.action})` : ''} : ${broken.reason}.`,
        );
        io.err(`${report.entries} entrées lues ; les entrées avant n° ${broken.entryId} sont intactes.`);
        return 1;
      }
      io.out(
        `Chaîne du journal intacte : ${report.entries} entrées vérifiées en ${report.milliseconds} ms${report.head ? ` (tête : entrée n° ${report.head.entryId}, ${report.head.hash})` : ''}.`,
      );
      return 0;
    });
  },
};
