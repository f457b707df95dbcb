import { BackupPassphraseError } from '../../lib/backup-crypto.js';
import { DataDirBusyError } from '../../lib/data-dir-lock.js';
import { databaseFileIn } from '../../lib/data-dir.js';
import { DatabaseKeyError, resolveDatabaseKey } from '../../lib/database-key.js';
import { keyFileSealer, secretsKeyFile } from '../../lib/secret-box.js';
import { countOf } from '../../api/common/french/plural.js';
import { tableCountsSentence } from '../../api/common/french/table-counts.js';
import { missingSentence, restoreBackup, RestoreRefusedError } from '../../services/backups/restore.js';
import { backupPassphrase } from '../backup-passphrase.js';
import { CliError, type CliOutput } from '../cli-io.js';
import type { CliCommand } from '../command.js';
import { suppliedKey } from '../open-core.js';
import { dataDirOf } from '../options.js';

/**
 * `paume restore FILE [--dry-run] [--autre-cabinet]`: the backup's passphrase in
 * PAUME_PHRASE_SAUVEGARDE. Another practice's backup is restored only with --autre-cabinet (issue 27).
 */
async function runRestore(
  options: { file: string; dataDir: string; dryRun: boolean; otherPractice: boolean; suppliedKey: Buffer | null },
  io: CliOutput,
): Promise<number> {
  const passphrase = await backupPassphrase({ env: process.env, command: 'restore' });
  try {
    const report = await restoreBackup({
      file: options.file,
      dataDir: options.dataDir,
      passphrase,
      dryRun: options.dryRun,
      otherPracticeConfirmed: options.otherPractice,
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
      `Sauvegarde lisible, intégrité ${report.integrity}, schéma version ${report.schemaVersion} : ${tableCountsSentence(report.counts)}.`,
    );
    io.out(report.practice.sentence);
    if (report.missingDocuments.length) io.out(missingSentence(report.missingDocuments));
    io.out(
      `${countOf(report.documentsChecked, 'document de la sauvegarde vérifié', 'documents de la sauvegarde vérifiés')} (déchiffrement et empreinte justes).`,
    );
    if (options.dryRun) {
      if (report.practice.otherPractice)
        io.out('Pour restaurer cette sauvegarde d’un autre cabinet : la même commande avec --autre-cabinet.');
      io.out('Essai seulement (--dry-run) : rien n’a été changé.');
    } else
      io.out(
        `Restaurée dans ${options.dataDir}${report.setAside ? ` ; l’ancienne base est gardée dans ${report.setAside}` : ''} ; ${countOf(report.documentsRestored, 'document remis', 'documents remis')}.`,
      );
    return 0;
  } catch (error) {
    if (error instanceof DataDirBusyError)
      throw new CliError(`${error.message}\nArrêtez Paume sur ce poste avant de restaurer : rien n’a été changé.`);
    if (error instanceof RestoreRefusedError && error.otherPractice)
      throw new CliError(`${error.message}\nPour la restaurer quand même : la même commande avec --autre-cabinet.`);
    if (
      error instanceof RestoreRefusedError ||
      error instanceof BackupPassphraseError ||
      error instanceof DatabaseKeyError
    )
      throw new CliError(error.message);
    throw error;
  }
}

export const restoreCommand: CliCommand = {
  name: 'restore',
  run: async ({ args, values, io, expectArguments }) => {
    expectArguments(1, 'le fichier de sauvegarde : paume restore <fichier.sauvegarde> [--dry-run] [--autre-cabinet]');
    return runRestore(
      {
        file: args[0] as string,
        dataDir: dataDirOf(values),
        dryRun: values['dry-run'] ?? false,
        otherPractice: values['autre-cabinet'] ?? false,
        suppliedKey: await suppliedKey(values),
      },
      io,
    );
  },
};
