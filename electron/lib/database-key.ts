import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CROCKFORD, inGroupsOfFour, normalizeTyped } from './crockford.js';
import type { SecretSealer } from './secret-box.js';
import { writeFileWhole } from './write-whole.js';

/**
 * The database key (issue 14): 32 random bytes, the same for the SQLCipher database and (through a
 * derived key) the files beside it. Kept sealed in `cles/base.cle`: by the OS keychain in the
 * Electron window, by the data folder's key file in browser mode. Or not kept at all, when the
 * person gives the recovery key at each start (PAUME_CLE_BASE, or `paume serve --demander-cle`).
 *
 * The recovery key is the same 32 bytes written for a human: Crockford base32 (no I, L, O, U; case
 * and dashes ignored when typed), 13 groups of four.
 */
export type KeyOrigin = 'generated' | 'stored' | 'supplied';

export interface DatabaseKey {
  readonly key: Buffer;
  /** generated: made just now (the recovery key is still to be shown); stored: read from the sealed file; supplied: given at start. */
  readonly origin: KeyOrigin;
}

export class DatabaseKeyError extends Error {}

const KEY_BYTES = 32;
const KEY_CHARS = Math.ceil((KEY_BYTES * 8) / 5);

export const databaseKeyFile = (dataDir: string): string => join(dataDir, 'cles', 'base.cle');

export function formatRecoveryKey(key: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of key) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD.charAt((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  if (bits > 0) out += CROCKFORD.charAt((value << (5 - bits)) & 31);
  return inGroupsOfFour(out);
}

/** The key a person typed, or null: spaces and dashes ignored, O read as 0, I and L as 1. */
export function parseRecoveryKey(typed: string): Buffer | null {
  const clean = normalizeTyped(typed);
  if (clean.length !== KEY_CHARS) return null;
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const digit = CROCKFORD.indexOf(char);
    if (digit < 0) return null;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return bytes.length === KEY_BYTES ? Buffer.from(bytes) : null;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0');

/** True for a database file in clear (a data folder from before encryption). */
export function isPlainDatabase(file: string): boolean {
  if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) < SQLITE_HEADER.length) return false;
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head.equals(SQLITE_HEADER);
}

/**
 * The key for the database in `dataDir`: given, kept, or made now for a new (or clear) database.
 * An encrypted database whose key is nowhere is refused with what to do, never recreated.
 */
export function resolveDatabaseKey(options: {
  databaseFile: string;
  sealer: SecretSealer;
  supplied: Buffer | null;
}): DatabaseKey {
  if (options.supplied) return { key: options.supplied, origin: 'supplied' };
  const keyFile = databaseKeyFile(dirname(options.databaseFile));
  if (existsSync(keyFile)) {
    if (process.platform !== 'win32' && (statSync(keyFile).mode & 0o077) !== 0) chmodSync(keyFile, 0o600);
    let key: Buffer;
    try {
      key = options.sealer.open(readFileSync(keyFile, 'utf8').trim());
    } catch {
      throw new DatabaseKeyError(
        `La clé de la base (${keyFile}) ne s’ouvre pas sur ce poste : démarrez avec la clé de secours (PAUME_CLE_BASE=… ou --demander-cle).`,
      );
    }
    if (key.length !== KEY_BYTES) throw new DatabaseKeyError(`Fichier de clé invalide : ${keyFile}`);
    return { key, origin: 'stored' };
  }
  const size = statSync(options.databaseFile, { throwIfNoEntry: false })?.size ?? 0;
  if (size > 0 && !isPlainDatabase(options.databaseFile))
    throw new DatabaseKeyError(
      'La base est chiffrée et sa clé n’est pas sur ce poste : démarrez avec la clé de secours (PAUME_CLE_BASE=… ou paume serve --demander-cle).',
    );
  const key = randomBytes(KEY_BYTES);
  mkdirSync(dirname(keyFile), { recursive: true, mode: 0o700 });
  // Never half a key (which would lock the data out).
  writeFileWhole(keyFile, options.sealer.seal(key), { mode: 0o600 });
  return { key, origin: 'generated' };
}
