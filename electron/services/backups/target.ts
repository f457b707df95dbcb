import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { DomainError } from '../../api/common/result.js';

export const MIN_PASSPHRASE = 12;

/**
 * A backup folder is chosen (and created) once; missing later means an unplugged disk. Creating
 * it then would put the backup on the internal disk and call it checked (issue 22).
 */
export function refuseMissingFolder(folder: string): void {
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new DomainError(
      'UNAVAILABLE',
      `Sauvegarde impossible : le disque de sauvegarde n’est pas branché (dossier « ${folder} » introuvable). Branchez-le et réessayez ; rien n’a été créé.`,
      { folder: 'disque de sauvegarde absent' },
    );
}

/**
 * The file `paume backup` writes (issue 22): a new `.sauvegarde` file (its manifest and the
 * documents go beside it, as in Cabinet's folder), in a folder that is there, with a passphrase
 * as long as Cabinet asks. Returns the full path.
 */
export function checkedBackupFile(file: string, passphrase: string): string {
  const full = isAbsolute(file) ? file : resolve(file);
  if (!full.endsWith('.sauvegarde'))
    throw new DomainError(
      'INVALID_INPUT',
      `Fichier de sauvegarde : son nom finit par .sauvegarde (ex. ${full.replace(/(\.[^./]*)?$/, '.sauvegarde')}).`,
      { file: 'nom en .sauvegarde attendu' },
    );
  if (existsSync(full))
    throw new DomainError('CONFLICT', `Le fichier de sauvegarde existe déjà : ${full}. Rien n’a été écrit.`, {
      file: 'existe déjà',
    });
  refuseMissingFolder(dirname(full));
  if (passphrase.length < MIN_PASSPHRASE)
    throw new DomainError('INVALID_INPUT', `Phrase secrète : ${MIN_PASSPHRASE} caractères au moins.`, {
      passphrase: `${MIN_PASSPHRASE} caractères au moins`,
    });
  return full;
}
