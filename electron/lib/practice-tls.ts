// @peculiar/x509 resolves its parts with tsyringe, which needs the Reflect metadata API loaded first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { createHash, webcrypto, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { writeFileWhole } from './write-whole.js';

/**
 * The practice's own certificate authority and the host's server certificate (issue 14): other
 * seats join over TLS only. Made at the first `paume serve --host`, with Node's WebCrypto and
 * @peculiar/x509 (no shell-out to openssl): ECDSA P-256, CA for 10 years, server certificate for
 * 2 years naming every address the host is reached by. The CA key never leaves `tls/` (mode 0600).
 */
export interface PracticeTls {
  readonly caPem: string;
  readonly certPem: string;
  readonly keyPem: string;
  /** SHA-256 of the server certificate (DER), hex: what a paired seat pins. */
  readonly fingerprint: string;
  /** SHA-256 of the server's public key (SPKI), base64: what Chromium's SPKI pin list takes. */
  readonly spkiSha256: string;
  /** SHA-256 of the CA certificate, shown on the host so a browser seat can compare before trusting it. */
  readonly caFingerprint: string;
}

x509.cryptoProvider.set(webcrypto as unknown as Crypto);
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const DAY = 86_400_000;

const serial = () => createHash('sha256').update(`${Date.now()}-${Math.random()}`).digest('hex').slice(0, 16);

async function exportKey(key: CryptoKey): Promise<string> {
  return x509.PemConverter.encode(await webcrypto.subtle.exportKey('pkcs8', key), 'PRIVATE KEY');
}

async function importKey(pem: string): Promise<CryptoKey> {
  return webcrypto.subtle.importKey('pkcs8', x509.PemConverter.decode(pem)[0] as ArrayBuffer, ALGORITHM, true, [
    'sign',
  ]);
}

const writePrivate = (path: string, content: string): void => writeFileWhole(path, content, { mode: 0o600 });

/** Names the certificate must carry: every host name and address, plus localhost for the host itself. */
function namesOf(hosts: readonly string[]): x509.JsonGeneralName[] {
  const unique = [...new Set([...hosts, 'localhost', '127.0.0.1'])].filter(
    (name) => name !== '0.0.0.0' && name !== '::',
  );
  return unique.map((name) => (isIP(name) ? { type: 'ip', value: name } : { type: 'dns', value: name }));
}

function covers(certPem: string, hosts: readonly string[]): boolean {
  const certificate = new X509Certificate(certPem);
  if (Date.parse(certificate.validTo) - Date.now() < 30 * DAY) return false;
  return hosts
    .filter((name) => name !== '0.0.0.0' && name !== '::')
    .every((name) =>
      isIP(name) ? certificate.checkIP(name) !== undefined : certificate.checkHost(name) !== undefined,
    );
}

/** The CA (made once) and a server certificate covering `hosts` (remade when a name is missing or it nears its end). */
export async function ensurePracticeTls(
  dataDir: string,
  hosts: readonly string[],
  practiceName: string,
): Promise<PracticeTls> {
  const dir = join(dataDir, 'tls');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const caCertFile = join(dir, 'ca.crt');
  const caKeyFile = join(dir, 'ca.key');
  const certFile = join(dir, 'serveur.crt');
  const keyFile = join(dir, 'serveur.key');

  if (!existsSync(caCertFile) || !existsSync(caKeyFile)) {
    const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
    const ca = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: serial(),
      name: `CN=Autorité Paume ${practiceName.replace(/[,=+<>#;"\\]/g, ' ').slice(0, 40)}`,
      notBefore: new Date(Date.now() - DAY),
      notAfter: new Date(Date.now() + 3650 * DAY),
      keys,
      signingAlgorithm: ALGORITHM,
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      ],
    });
    writePrivate(caKeyFile, await exportKey(keys.privateKey));
    writeFileSync(caCertFile, ca.toString('pem'));
  }
  const caPem = readFileSync(caCertFile, 'utf8');

  if (!existsSync(certFile) || !existsSync(keyFile) || !covers(readFileSync(certFile, 'utf8'), hosts)) {
    const ca = new x509.X509Certificate(caPem);
    const keys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
    const certificate = await x509.X509CertificateGenerator.create({
      serialNumber: serial(),
      subject: 'CN=Paume poste hôte',
      issuer: ca.subject,
      notBefore: new Date(Date.now() - DAY),
      notAfter: new Date(Date.now() + 730 * DAY),
      signingKey: await importKey(readFileSync(caKeyFile, 'utf8')),
      publicKey: keys.publicKey,
      signingAlgorithm: ALGORITHM,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
        new x509.SubjectAlternativeNameExtension(namesOf(hosts)),
      ],
    });
    writePrivate(keyFile, await exportKey(keys.privateKey));
    writeFileSync(certFile, certificate.toString('pem'));
  }
  const certPem = readFileSync(certFile, 'utf8');
  const certificate = new X509Certificate(certPem);
  return {
    caPem,
    certPem,
    keyPem: readFileSync(keyFile, 'utf8'),
    fingerprint: certificate.fingerprint256.replace(/:/g, '').toLowerCase(),
    spkiSha256: createHash('sha256')
      .update(certificate.publicKey.export({ type: 'spki', format: 'der' }))
      .digest('base64'),
    caFingerprint: new X509Certificate(caPem).fingerprint256,
  };
}
