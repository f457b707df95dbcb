import { DomainError } from '../../api/common/result.js';
import { backupPassphrase } from '../backup-passphrase.js';
import { CliError } from '../cli-io.js';
import type { CliCommand } from '../command.js';
import { withCore } from '../open-core.js';
import { dataDirOf } from '../options.js';

/**
 * `paume backup FILE.sauvegarde` (issue 22): the full backup Cabinet makes (database and
 * documents, encrypted with the backup passphrase, read back and checked), even while Paume
 * runs; `paume restore FILE.sauvegarde` restores it, here or into another folder.
 */
export const backupCommand: CliCommand = {
  name: 'backup',
  run: async ({ args, values, io, expectArguments }) => {
    expectArguments(1, 'le fichier de destination : paume backup <fichier.sauvegarde>');
    const destination = args[0] as string;
    const passphrase = await backupPassphrase({ env: process.env, command: 'backup' });
    return withCore(dataDirOf(values), async (core) => {
      const unsubscribe = core.events.subscribe((name, payload) => {
        if (name !== 'backups.progress') return;
        const { step, done, total } = payload as { step: string; done: number; total: number };
        io.err(`Sauvegarde : ${step} ${done}/${total}`);
      });
      try {
        const written = await core.services.backups.writeFile({ file: destination, passphrase });
        io.out(`Sauvegarde écrite : ${written.file} (${written.detail}).`);
        io.out('Ses documents sont dans le dossier « documents » à côté : copiez-les avec elle.');
        return 0;
      } catch (error) {
        if (error instanceof DomainError) throw new CliError(error.message);
        throw error;
      } finally {
        unsubscribe();
      }
    });
  },
};
