import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { openDatabase, type Db } from '../../db/connection.js';
import { databaseKeyFile } from '../../electron/lib/database-key.js';
import { keyFileSealer, secretsKeyFile } from '../../electron/lib/secret-box.js';

/** The key a data folder keeps (browser mode: sealed by its key file), as someone with the folder in hand. */
export function dataDirKey(dataDir: string): Buffer {
  return keyFileSealer(secretsKeyFile(dataDir)).open(readFileSync(databaseKeyFile(dataDir), 'utf8').trim());
}

/** Another connection on a data folder's database file, with the folder's own key. */
export function openWithFolderKey(databaseFile: string, options: { readonly?: boolean } = {}): Db {
  return openDatabase(databaseFile, { ...options, key: dataDirKey(dirname(databaseFile)) });
}
