import { statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { keychainSealer, keyFileSealer, secretsKeyFile, type KeychainLike } from '../../electron/lib/secret-box.js';
import { tempDir } from '../helpers/temp-core.js';

/** Mail passwords and keys are never stored in clear (issue 11). */
const dirs: { remove: () => void }[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) dir.remove();
});
const keyFile = () => {
  const dir = tempDir();
  dirs.push(dir);
  return secretsKeyFile(dir.dir);
};
// A stand-in for safeStorage: this machine has no OS keychain for a test to use.
const fakeKeychain = (backend: string): KeychainLike => ({
  isEncryptionAvailable: () => true,
  encryptString: (plain) => Buffer.from(Buffer.from(plain, 'utf8').map((byte) => byte ^ 0x5a)),
  decryptString: (encrypted) => Buffer.from(encrypted.map((byte) => byte ^ 0x5a)).toString('utf8'),
  getSelectedStorageBackend: () => backend,
});

describe('sealed secrets', () => {
  it('keeps the key in a file only its owner can read, and the secret nowhere in clear', () => {
    const file = keyFile();
    const sealer = keyFileSealer(file);
    const sealed = sealer.seal(Buffer.from('mot-de-passe-imap'));
    expect(sealed).not.toContain('mot-de-passe-imap');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(sealer.open(sealed).toString()).toBe('mot-de-passe-imap');
  });

  it('refuses a sealed secret that was altered', () => {
    const sealer = keyFileSealer(keyFile());
    const sealed = sealer.seal(Buffer.from('secret'));
    const parts = sealed.split(':');
    parts[3] = Buffer.from('autre!').toString('base64');
    expect(() => sealer.open(parts.join(':'))).toThrow();
  });

  it('uses the OS keychain in the window, and still opens what the key file sealed', () => {
    const fallback = keyFileSealer(keyFile());
    const before = fallback.seal(Buffer.from('ancien'));
    const sealer = keychainSealer(fakeKeychain('gnome_libsecret'), fallback);
    expect(sealer.kind).toBe('keychain');
    const sealed = sealer.seal(Buffer.from([0, 1, 2, 250]));
    expect(sealed.startsWith('kc1:')).toBe(true);
    expect([...sealer.open(sealed)]).toEqual([0, 1, 2, 250]);
    expect(sealer.open(before).toString()).toBe('ancien');
  });

  it('does not trust a keychain that only pretends to encrypt (Linux without a keyring)', () => {
    const sealer = keychainSealer(fakeKeychain('basic_text'), keyFileSealer(keyFile()));
    expect(sealer.kind).toBe('key-file');
    expect(sealer.seal(Buffer.from('x')).startsWith('kf1:')).toBe(true);
  });
});
