import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, scrypt } from 'node:crypto';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { Writable, type Readable, type Transform } from 'node:stream';
import { readFileEnds } from './file-ends.js';
import { pipeline } from 'node:stream/promises';

/**
 * Backup files (issue 14), encrypted with the practice's backup passphrase: AES-256-GCM, streamed
 * (a large database is never whole in memory), authenticated (a file altered or read with the
 * wrong passphrase is refused, never half-used). Layout: « PAUMEBK1 », salt (16), IV (12), the
 * ciphertext, the GCM tag (16). The key is scrypt(passphrase, salt).
 */
const MAGIC = Buffer.from('PAUMEBK1');
const SALT = 16;
const IV = 12;
const TAG = 16;
const HEADER = MAGIC.length + SALT + IV;

export class BackupPassphraseError extends Error {}

// scrypt is slow on purpose (~0.1 s): a run derives its key once and reuses it for the database and
// every document (one salt per run, a fresh IV per file); a restore derives once per salt met.
const derived = new Map<string, Promise<Buffer>>();
const keyOf = (passphrase: string, salt: Buffer): Promise<Buffer> => {
  const id = `${createHash('sha256').update(passphrase).digest('hex')}:${salt.toString('hex')}`;
  let key = derived.get(id);
  if (!key) {
    key = new Promise<Buffer>((resolve, reject) => {
      scrypt(
        passphrase.normalize('NFC'),
        salt,
        32,
        { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 },
        (error, bytes) => (error ? reject(error) : resolve(bytes)),
      );
    });
    if (derived.size > 32) derived.clear();
    derived.set(id, key);
  }
  return key;
};

/** A salt for one backup run: every file of the run shares it, so the key is derived once. */
export const newBackupSalt = (): Buffer => randomBytes(SALT);

/**
 * The key of the database inside a backup (issue 14): the copy is re-encrypted with it, so a
 * backup restores anywhere with its passphrase alone, never needing the source machine's key.
 */
export async function backupDatabaseKey(passphrase: string, salt: Buffer): Promise<Buffer> {
  return Buffer.from(hkdfSync('sha256', await keyOf(passphrase, salt), salt, 'paume-sauvegarde-base-v1', 32));
}

/** The salt a backup file was written with (its database key depends on it). */
export function backupSaltOf(file: string): Buffer {
  const { head } = readFileEnds(file, HEADER, 0);
  if (!head.subarray(0, MAGIC.length).equals(MAGIC))
    throw new BackupPassphraseError('Ce fichier n’est pas une sauvegarde Paume.');
  return head.subarray(MAGIC.length, MAGIC.length + SALT);
}

/** Encrypts `source` (a path, or a stream: a document read from the sealed store) into `destination` (written aside, then renamed: never a half file). */
export async function encryptFile(
  source: string | Readable,
  destination: string,
  passphrase: string,
  salt: Buffer = newBackupSalt(),
): Promise<void> {
  const iv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', await keyOf(passphrase, salt), iv);
  const partial = `${destination}.partial`;
  const out = createWriteStream(partial);
  out.write(Buffer.concat([MAGIC, salt, iv]));
  await pipeline(typeof source === 'string' ? createReadStream(source) : source, cipher, out, { end: false }).catch(
    (error: unknown) => {
      out.destroy();
      rmSync(partial, { force: true });
      throw error;
    },
  );
  await new Promise<void>((resolve, reject) => {
    out.end(cipher.getAuthTag(), () => resolve());
    out.once('error', reject);
  });
  renameSync(partial, destination);
}

/**
 * Decrypts a backup file; a wrong passphrase or an altered file throws and leaves nothing behind.
 * `through` transforms on the way (a document hashed, then sealed back into the store: never in
 * clear on the disk). A null `destination` reads the file through to the end and keeps nothing:
 * a dry run checks a document without writing it.
 */
export async function decryptFile(
  source: string,
  destination: string | null,
  passphrase: string,
  through: () => readonly Transform[] = () => [],
): Promise<void> {
  const { size, head, tail: tag } = readFileEnds(source, HEADER, TAG);
  if (size < HEADER + TAG || !head.subarray(0, MAGIC.length).equals(MAGIC))
    throw new BackupPassphraseError('Ce fichier n’est pas une sauvegarde Paume.');
  const salt = head.subarray(MAGIC.length, MAGIC.length + SALT);
  const iv = head.subarray(MAGIC.length + SALT, HEADER);
  const decipher = createDecipheriv('aes-256-gcm', await keyOf(passphrase, salt), iv);
  decipher.setAuthTag(tag);
  const partial = destination === null ? null : `${destination}.partial`;
  try {
    const body = createReadStream(source, { start: HEADER, end: size - TAG - 1 });
    const sink =
      partial === null ? new Writable({ write: (_chunk, _encoding, done) => done() }) : createWriteStream(partial);
    await pipeline([body, decipher, ...through(), sink]);
  } catch {
    if (partial) rmSync(partial, { force: true });
    throw new BackupPassphraseError(
      'Sauvegarde illisible : phrase de sauvegarde fausse, ou fichier abîmé ou modifié depuis qu’il a été écrit.',
    );
  }
  if (partial && destination) renameSync(partial, destination);
}
