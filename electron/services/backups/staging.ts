import { createHash } from 'node:crypto';
import { existsSync, linkSync, copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { decryptFile } from '../../lib/backup-crypto.js';
import type { FileVault } from '../../lib/file-vault.js';
import type { ReferencedDocument } from './store.js';

/**
 * A restore that stopped: `currentKept` says whether the data in place is untouched (issue 27);
 * `otherPractice`, that it is another practice's backup and only a confirmation is lacking.
 */
export class RestoreRefusedError extends Error {
  constructor(
    message: string,
    readonly currentKept: boolean,
    readonly otherPractice = false,
  ) {
    super(message);
  }
}

export const KEPT = 'Rien n’a été changé : la base et les documents en place sont gardés tels quels.';

/** The stored file of a document in a data folder (content-addressed: documents/ab/abcdef…). */
export const storedPath = (dataDir: string, sha256: string): string =>
  join(dataDir, 'documents', sha256.slice(0, 2), sha256);

/**
 * Each document the restore will put in place, decrypted from the backup and hashed (issue 27):
 * its clear content must have the SHA-256 it is named by. Into the staging folder, sealed with the
 * folder's key (`vault`), or, for a dry run (`vault` null), read through and kept nowhere. The
 * first document that fails stops everything, named, before anything in place has changed.
 */
export async function stageDocuments(options: {
  documents: readonly ReferencedDocument[];
  backupDocuments: string;
  staging: string;
  passphrase: string;
  vault: FileVault | null;
}): Promise<void> {
  for (const document of options.documents) {
    const hash = createHash('sha256');
    const hasher = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    });
    const target = options.vault ? storedPath(options.staging, document.sha256) : null;
    if (target) mkdirSync(dirname(target), { recursive: true });
    const vault = options.vault;
    const source = join(options.backupDocuments, `${document.sha256}.enc`);
    try {
      await decryptFile(source, target, options.passphrase, () => (vault ? [hasher, vault.sealStream()] : [hasher]));
    } catch {
      throw new RestoreRefusedError(
        `Document abîmé dans la sauvegarde : ${document.label} (fichier ${source}) ne se déchiffre pas, abîmé ou modifié depuis qu’il a été écrit. ${KEPT}`,
        true,
      );
    }
    if (hash.digest('hex') !== document.sha256)
      throw new RestoreRefusedError(
        `Document faux dans la sauvegarde : ${document.label} (fichier ${source}) n’a pas le contenu que son nom annonce. ${KEPT}`,
        true,
      );
  }
}

/**
 * Everything checked, the staged data goes in place by renames only (same disk, nothing left to
 * decrypt or check): first the documents the folder lacked (new files, which the database in place
 * does not name), then the database. The one in place is kept aside by a hard link, and the staged
 * one renamed over it: at any moment of a crash a database is at its place, the old or the new one.
 * Its journal (-wal, -shm) goes aside with it: beside the new database it would corrupt it.
 * A rename that fails undoes the others; if even that fails, the message says where things are.
 */
export function swapIn(options: {
  staging: string;
  stagedDatabase: string;
  database: string;
  setAside: string;
  documents: readonly ReferencedDocument[];
  dataDir: string;
}): { setAside: string | null } {
  const added: string[] = [];
  const moved: [string, string][] = [];
  const hadDatabase = existsSync(options.database);
  try {
    for (const document of options.documents) {
      const target = storedPath(options.dataDir, document.sha256);
      if (existsSync(target)) continue;
      mkdirSync(dirname(target), { recursive: true });
      renameSync(storedPath(options.staging, document.sha256), target);
      added.push(target);
    }
    if (hadDatabase) {
      try {
        linkSync(options.database, options.setAside);
      } catch {
        // A disk without hard links (some network shares): a copy, checked by nothing but its size.
        copyFileSync(options.database, options.setAside);
      }
      moved.push(['', options.setAside]);
      for (const suffix of ['-wal', '-shm'])
        if (existsSync(`${options.database}${suffix}`)) {
          renameSync(`${options.database}${suffix}`, `${options.setAside}${suffix}`);
          moved.push([`${options.database}${suffix}`, `${options.setAside}${suffix}`]);
        }
    }
    renameSync(options.stagedDatabase, options.database);
    return { setAside: hadDatabase ? options.setAside : null };
  } catch (error) {
    const undone = undo(added, moved);
    throw new RestoreRefusedError(
      undone
        ? `Restauration interrompue en mettant les fichiers en place (${(error as Error).message}). ${KEPT}`
        : `Restauration interrompue en mettant les fichiers en place (${(error as Error).message}), et impossible de tout remettre : la base d’avant est dans ${options.setAside} (avec ses fichiers -wal et -shm s’il y en avait). Paume arrêté, remettez-la à la place de ${options.database}.`,
      undone,
    );
  }
}

function undo(added: readonly string[], moved: readonly [string, string][]): boolean {
  try {
    for (const [from, to] of [...moved].reverse())
      if (from === '') rmSync(to, { force: true });
      else renameSync(to, from);
    for (const file of added) rmSync(file, { force: true });
    return true;
  } catch {
    return false;
  }
}
