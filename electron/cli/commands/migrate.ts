import type { CliCommand } from '../command.js';
import { withCore } from '../open-core.js';
import { dataDirOf } from '../options.js';

/** `paume migrate`: opening the core migrates; this says from which version to which. */
export const migrateCommand: CliCommand = {
  name: 'migrate',
  run: ({ values, io, expectArguments }) => {
    expectArguments(0, 'aucun argument');
    return withCore(
      dataDirOf(values),
      (core) => {
        const { from, to, backupFile } = core.migration;
        io.out(from === to ? `Base déjà à jour (version ${to}).` : `Base mise à jour : version ${from} → ${to}.`);
        if (backupFile) io.out(`Sauvegarde préalable : ${backupFile}`);
        return 0;
      },
      'paume migrate',
    );
  },
};
