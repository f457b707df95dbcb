import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Seals the secrets Paume keeps (mail passwords, a client certificate and its passphrase) so the
 * database never holds them in clear (issue 11). The Electron window seals with the OS keychain
 * (safeStorage, in electron/main); browser mode and the CLI with a key file in the data folder,
 * readable only by its owner.
 */
export interface SecretSealer {
  readonly kind: 'keychain' | 'key-file';
  seal(secret: Buffer): string;
  open(sealed: string): Buffer;
}

const VERSION = 'kf1';

/** Where a data folder keeps its key file (browser mode, CLI, and the window's fallback). */
export const secretsKeyFile = (dataDir: string): string => join(dataDir, 'cles', 'secrets.key');

/** AES-256-GCM with a 32-byte key kept in `keyFile` (created with mode 0600 the first time). */
export function keyFileSealer(keyFile: string): SecretSealer {
  let key: Buffer | null = null;
  const loadKey = (): Buffer => {
    if (key) return key;
    if (!existsSync(keyFile)) {
      mkdirSync(dirname(keyFile), { recursive: true, mode: 0o700 });
      writeFileSync(keyFile, randomBytes(32), { mode: 0o600, flag: 'wx' });
    }
    // A key someone else can read is no key: tighten it rather than trust it silently.
    if (process.platform !== 'win32' && (statSync(keyFile).mode & 0o077) !== 0) chmodSync(keyFile, 0o600);
    const loaded = readFileSync(keyFile);
    if (loaded.length !== 32) throw new Error(`Fichier de clé invalide : ${keyFile}`);
    key = loaded;
    return loaded;
  };
  return {
    kind: 'key-file',
    seal(secret) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', loadKey(), iv);
      const sealed = Buffer.concat([cipher.update(secret), cipher.final()]);
      return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), sealed.toString('base64')].join(
        ':',
      );
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split(':');
      if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('secret scellé illisible');
      const decipher = createDecipheriv('aes-256-gcm', loadKey(), Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]);
    },
  };
}

/** What Electron's safeStorage offers (the OS keychain: Keychain, DPAPI, libsecret/kwallet). */
export interface KeychainLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no keyring, the "encryption" is a fixed key. */
  getSelectedStorageBackend?: () => string;
}

const KEYCHAIN_VERSION = 'kc1';

/**
 * The Electron window's sealer: the OS keychain when it truly encrypts, else the key file. It
 * opens what either sealed, so a data folder used in browser mode first keeps its secrets.
 */
export function keychainSealer(keychain: KeychainLike, fallback: SecretSealer): SecretSealer {
  const usable = keychain.isEncryptionAvailable() && (keychain.getSelectedStorageBackend?.() ?? 'os') !== 'basic_text';
  return {
    kind: usable ? 'keychain' : fallback.kind,
    seal: (secret) =>
      usable
        ? `${KEYCHAIN_VERSION}:${keychain.encryptString(secret.toString('base64')).toString('base64')}`
        : fallback.seal(secret),
    open(sealed) {
      if (!sealed.startsWith(`${KEYCHAIN_VERSION}:`)) return fallback.open(sealed);
      return Buffer.from(
        keychain.decryptString(Buffer.from(sealed.slice(KEYCHAIN_VERSION.length + 1), 'base64')),
        'base64',
      );
    },
  };
}
