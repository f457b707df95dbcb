import { closeSync, openSync, readSync, statSync } from 'node:fs';

/**
 * The first and last bytes of a file, and its size: an encrypted file's header (magic, salt, IV)
 * and its GCM tag, read without reading the body (backups and sealed documents alike).
 */
export function readFileEnds(path: string, headBytes: number, tailBytes: number) {
  const size = statSync(path).size;
  const head = Buffer.alloc(headBytes);
  const tail = Buffer.alloc(tailBytes);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, headBytes, 0);
    readSync(fd, tail, 0, tailBytes, Math.max(0, size - tailBytes));
  } finally {
    closeSync(fd);
  }
  return { size, head, tail };
}
