import { BackupPassphraseError } from '../../lib/backup-crypto.js';
import { DataDirBusyError } from '../../lib/data-dir-lock.js';
import { databaseFileIn } from '../../lib/data-dir.js';
import { DatabaseKeyError, resolveDatabaseKey } from '../../lib/database-key.js';
import { keyFileSealer, secretsKeyFile } from '../../lib/secret-box.js';
import { restoreBackup } from '../../services/backups/restore.js';
import { CliError, type CliOutput } from '../cli-io.js';
import type { CliCommand } from '../command.js';
import { suppliedKey } from '../open-core.js';
import { dataDirOf } from '../options.js';

/** `paume restore FILE [--dry-run]`: the backup's passphrase in PAUME_PHRASE_SAUVEGARDE. */
async function runRestore(
  options: { file: string; dataDir: string; dryRun: boolean; suppliedKey: Buffer | null },
  io: CliOutput,
): Promise<number> {
  const passphrase = process.env.PAUME_PHRASE_SAUVEGARDE ?? '';
  if (!passphrase)
    throw new CliError(
      'paume restore : donnez la phrase secrète des sauvegardes dans la variable PAUME_PHRASE_SAUVEGARDE.',
    );
  try {
    const report = await restoreBackup({
      file: options.file,
      dataDir: options.dataDir,
      passphrase,
      dryRun: options.dryRun,
      say: (line) => io.err(line),
      // The folder's own key (the CLI has no keychain: a window's folder needs PAUME_CLE_BASE).
      targetKey: () =>
        resolveDatabaseKey({
          databaseFile: databaseFileIn(options.dataDir),
          sealer: keyFileSealer(secretsKeyFile(options.dataDir)),
          supplied: options.suppliedKey,
        }).key,
    });
    io.out(
      `Sauvegarde lisible, intégrité ${report.integrity}, schéma version ${report.schemaVersion} : ${Object.entries(
        report.counts,
      )
        .map(([table, count]) => `${table} ${count}`)
        .join(', ')}.`,
    );
    if (options.dryRun) io.out('Essai seulement (--dry-run) : rien n’a été changé.');
    else
      io.out(
        `Restaurée dans ${options.dataDir}${report.setAside ? ` ; l’ancienne base est gardée dans ${report.setAside}` : ''} ; ${report.documentsRestored} documents remis.`,
      );
    return 0;
  } catch (error) {
    if (error instanceof DataDirBusyError)
      throw new CliError(`${error.message}\nArrêtez Paume sur ce poste avant de restaurer : rien n’a été changé.`);
    if (error instanceof BackupPassphraseError || error instanceof DatabaseKeyError) throw new CliError(error.message);
    throw error;
  }
}

export const restoreCommand: CliCommand = {
  name: 'restore',
  run: async ({ args, values, io, expectArguments }) => {
    expectArguments(1, 'le fichier de sauvegarde : paume restore <fichier.sauvegarde> [--dry-run]');
    return runRestore(
      {
        file: args[0] as string,
        dataDir: dataDirOf(values),
        dryRun: values['dry-run'] ?? false,
        suppliedKey: await suppliedKey(values),
      },
      io,
    );
  },
};
