import { randomUUID } from 'node:crypto';
import { closeSync, createWriteStream, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { copyFile, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '../../api/common/result.js';
import type { IsolatedRunner } from '../../lib/isolated-process.js';
import { packagePath } from '../../lib/package-path.js';

/** whisper.cpp's test models weigh 575 KB; large-v3 weighs 3.1 GB. Outside, no model. */
export const MODEL_MIN_BYTES = 256 * 1024;
export const MODEL_MAX_BYTES = 4 * 1024 * 1024 * 1024;
const PROBE_TIMEOUT_MS = 180_000;

export const IMPORTED_PREFIX = 'importe-';

/**
 * One answer for every file that cannot be used (issue 9): missing, a folder, a pipe, too small,
 * too big, not ggml, or not loadable all read the same, so an administrator's path cannot be
 * used to probe the server's disk.
 */
const unusable = () =>
  new DomainError(
    'INVALID_INPUT',
    'Ce fichier ne peut pas servir de modèle de dictée (un modèle whisper.cpp .bin est attendu).',
    {
      path: 'fichier inutilisable comme modèle',
    },
  );

/** whisper.cpp's ggml files start with "lmgg" (0x67676d6c, little-endian). */
function hasGgmlMagic(file: string): boolean {
  const handle = openSync(file, 'r');
  try {
    const magic = Buffer.alloc(4);
    return readSync(handle, magic, 0, 4, 0) === 4 && magic.readUInt32LE(0) === 0x67676d6c;
  } finally {
    closeSync(handle);
  }
}

/**
 * A model brought on a USB key: a regular file of a plausible size and format, loaded once by
 * whisper.cpp in a process of its own (a junk file aborts that process, not the server), then
 * copied aside and renamed into the models folder, never blocking the server while it copies.
 */
export async function importModelFile(
  path: string,
  modelsDir: string,
  runIsolated: IsolatedRunner,
  /** The name to keep (an upload's file is named by its id). */
  as: string = basename(path),
): Promise<{ model: string }> {
  let size: number;
  try {
    // stat, never open, before knowing it is a regular file: opening a named pipe would wait forever.
    const stats = statSync(path);
    if (!stats.isFile()) throw unusable();
    size = stats.size;
  } catch {
    throw unusable();
  }
  if (size < MODEL_MIN_BYTES || size > MODEL_MAX_BYTES || !hasGgmlMagic(path)) throw unusable();
  const probe = await runIsolated(packagePath('resources', 'model-probe.cjs'), [path], PROBE_TIMEOUT_MS);
  if (probe.code !== 0 || probe.stdout !== 'ok') throw unusable();
  const name = `${IMPORTED_PREFIX}${basename(as)
    .replace(/[^\w.-]+/g, '_')
    .slice(0, 100)}`;
  const partial = join(modelsDir, `${name}.partiel`);
  try {
    await copyFile(path, partial);
    await rename(partial, join(modelsDir, name));
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { model: name };
}

/** Where files sent from another seat wait to be checked: never anywhere a path could name. */
export const uploadsDirOf = (modelsDir: string): string => join(modelsDir, 'envois');

/**
 * Streams a model sent over HTTP to a file of the uploads folder, never whole in memory, and
 * stops past MODEL_MAX_BYTES. Returns the upload's id, which dictation.importUploadedModel then takes.
 */
export async function receiveModelUpload(body: NodeJS.ReadableStream, modelsDir: string): Promise<string> {
  const uploadId = randomUUID();
  const dir = uploadsDirOf(modelsDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, uploadId);
  let received = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      if (received > MODEL_MAX_BYTES)
        done(new DomainError('INVALID_INPUT', 'Fichier trop gros pour un modèle de dictée (4 Go au plus).'));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(body, limit, createWriteStream(file, { mode: 0o600 }));
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
  return uploadId;
}
