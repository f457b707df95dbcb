import { existsSync } from 'node:fs';
import { defaultExplainDeps, triageFiles } from '../../services/inbox/triage-files.js';
import { CliError } from '../cli-io.js';
import type { CliCommand } from '../command.js';
import { withCore } from '../open-core.js';
import { dataDirOf } from '../options.js';

/** `paume triage PATH`: one JSON line per message, by the default protocol or a data folder's own. */
export const triageCommand: CliCommand = {
  name: 'triage',
  run: ({ args, values, io, expectArguments }) => {
    expectArguments(1, 'un fichier .eml ou un dossier : paume triage <chemin>');
    const path = args[0] as string;
    if (!existsSync(path)) throw new CliError(`Fichier ou dossier introuvable : ${path}`);
    const printAll = async (deps: ReturnType<typeof defaultExplainDeps>) => {
      for await (const line of triageFiles(path, deps)) io.out(JSON.stringify(line));
      return 0;
    };
    if (values['data-dir'] === undefined && !values.demo) return printAll(defaultExplainDeps());
    return withCore(dataDirOf(values), (core) => printAll(core.services.inbox.explainDeps()));
  },
};
