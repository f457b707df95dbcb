import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { PassThrough, Readable, Transform } from 'node:stream';
import { readFileEnds } from './file-ends.js';

/**
 * The files Paume keeps beside its database (documents, photos, kept recordings, letters) are
 * encrypted on disk like the database itself (issue 14): AES-256-GCM with a key derived from the
 * database key, so one key (and one recovery key) opens everything. Layout: « PAUMEF01 », the
 * IV (12), the ciphertext, the GCM tag (16). Authenticated: a file altered on disk is refused.
 *
 * Files are named by the SHA-256 of their clear content, so a document attached twice is still
 * stored once; encryption uses a fresh IV per file, which is why the name is not the hash of
 * the bytes on disk.
 */
const MAGIC = Buffer.from('PAUMEF01');
const IV = 12;
const TAG = 16;
const HEADER = MAGIC.length + IV;

export class SealedFileError extends Error {}

export interface FileVault {
  /** Encrypts what flows through it: header first, tag last. */
  sealStream(): Transform;
  seal(clear: Buffer): Buffer;
  /** The clear content of a file written by this vault (or a file from before encryption). */
  openFile(path: string): Buffer;
  /** The same, streamed: the tag is checked at the end and the stream fails if it does not match. */
  openStream(path: string): Readable;
  /**
   * The first clear bytes, to recognise a file's kind without decrypting all of it (a 25 MB
   * attachment). Not authenticated (the tag covers the whole file): never used as content.
   */
  head(path: string, bytes: number): Buffer;
  /** Whether the file on disk is already sealed (the in-place migration skips those). */
  isSealed(path: string): boolean;
  /** The raw key, for a worker thread that writes into the same store (mail attachments). */
  readonly keyHex: string;
}

/** The files key, derived from the database key: the two never coincide, one recovery key opens both. */
export const filesKeyOf = (databaseKey: Buffer): Buffer =>
  Buffer.from(hkdfSync('sha256', databaseKey, Buffer.alloc(0), 'paume-fichiers-v1', 32));

export function fileVault(filesKey: Buffer): FileVault {
  if (filesKey.length !== 32) throw new Error('clé des fichiers invalide');

  const isSealed = (path: string): boolean => readFileEnds(path, MAGIC.length, 0).head.equals(MAGIC);

  const decipherFor = (iv: Buffer, tag: Buffer) => {
    const decipher = createDecipheriv('aes-256-gcm', filesKey, iv);
    decipher.setAuthTag(tag);
    return decipher;
  };

  return {
    keyHex: filesKey.toString('hex'),
    isSealed,

    head(path, bytes) {
      const { size, head } = readFileEnds(path, HEADER + bytes, 0);
      if (!head.subarray(0, MAGIC.length).equals(MAGIC)) return head.subarray(0, Math.min(bytes, size));
      const body = head.subarray(HEADER, HEADER + Math.max(0, Math.min(bytes, size - HEADER - TAG)));
      // GCM is a counter mode: the start of the body deciphers on its own (the tag is checked by openFile).
      return createDecipheriv('aes-256-gcm', filesKey, head.subarray(MAGIC.length, HEADER)).update(body);
    },

    sealStream() {
      const iv = randomBytes(IV);
      const cipher = createCipheriv('aes-256-gcm', filesKey, iv);
      let started = false;
      return new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          if (!started) {
            started = true;
            this.push(Buffer.concat([MAGIC, iv]));
          }
          callback(null, cipher.update(chunk));
        },
        flush(callback) {
          if (!started) this.push(Buffer.concat([MAGIC, iv]));
          this.push(cipher.final());
          callback(null, cipher.getAuthTag());
        },
      });
    },

    seal(clear) {
      const iv = randomBytes(IV);
      const cipher = createCipheriv('aes-256-gcm', filesKey, iv);
      return Buffer.concat([MAGIC, iv, cipher.update(clear), cipher.final(), cipher.getAuthTag()]);
    },

    openFile(path) {
      const stored = readFileSync(path);
      // A file written before encryption was switched on; the start-up migration seals them all.
      if (!stored.subarray(0, MAGIC.length).equals(MAGIC)) return stored;
      if (stored.length < HEADER + TAG) throw new SealedFileError(`fichier chiffré tronqué : ${path}`);
      const decipher = decipherFor(stored.subarray(MAGIC.length, HEADER), stored.subarray(stored.length - TAG));
      try {
        return Buffer.concat([decipher.update(stored.subarray(HEADER, stored.length - TAG)), decipher.final()]);
      } catch {
        throw new SealedFileError(`fichier chiffré altéré ou clé différente : ${path}`);
      }
    },

    openStream(path) {
      if (!isSealed(path)) return createReadStream(path);
      const { size, head, tail: tag } = readFileEnds(path, HEADER, TAG);
      // An empty clear file has no body to stream (a read stream cannot start after its end).
      if (size === HEADER + TAG) return Readable.from([this.openFile(path)]);
      if (size < HEADER + TAG) {
        const failed = new PassThrough();
        failed.destroy(new SealedFileError(`fichier chiffré tronqué : ${path}`));
        return failed;
      }
      const decipher = decipherFor(head.subarray(MAGIC.length), tag);
      const body = createReadStream(path, { start: HEADER, end: size - TAG - 1 });
      body.on('error', (error) => decipher.destroy(error));
      return body.pipe(decipher);
    },
  };
}
