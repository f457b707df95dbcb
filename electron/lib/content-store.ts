import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FileVault } from './file-vault.js';

export interface StoredFile {
  readonly sha256: string;
  readonly size: number;
  /** The first bytes, enough to recognise the kind of file. */
  readonly head: Buffer;
}

export class FileTooLargeError extends Error {}

const HEAD_BYTES = 64;

/**
 * Streams a file into the documents store, hashing it on the way: it is never whole in memory
 * (a 25 MB attachment costs a few chunks), hashed in clear and sealed on disk (issue 14). Written aside, then renamed under its SHA-256; a file
 * already there is kept and the copy dropped (issue 11).
 */
export async function streamIntoStore(
  documentsDir: string,
  content: Readable,
  maxBytes: number,
  vault: FileVault,
): Promise<StoredFile> {
  mkdirSync(documentsDir, { recursive: true });
  const partial = join(documentsDir, `.${randomUUID()}.partial`);
  const hash = createHash('sha256');
  let size = 0;
  const heads: Buffer[] = [];
  let headLength = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > maxBytes) {
        callback(new FileTooLargeError(`fichier de plus de ${Math.round(maxBytes / 1_048_576)} Mo`));
        return;
      }
      hash.update(chunk);
      if (headLength < HEAD_BYTES) {
        heads.push(chunk.subarray(0, HEAD_BYTES - headLength));
        headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
      }
      callback(null, chunk);
    },
  });
  try {
    await pipeline(content, meter, vault.sealStream(), createWriteStream(partial));
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  const sha256 = hash.digest('hex');
  const folder = join(documentsDir, sha256.slice(0, 2));
  const path = join(folder, sha256);
  if (existsSync(path)) rmSync(partial, { force: true });
  else {
    mkdirSync(folder, { recursive: true });
    renameSync(partial, path);
  }
  return { sha256, size, head: Buffer.concat(heads) };
}
