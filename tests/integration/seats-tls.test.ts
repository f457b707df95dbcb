import { X509Certificate } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, type ServeHandle } from '../../electron/cli/run.js';
import {
  checkHostAnswer,
  pairWithHost,
  PairingError,
  pinnedCheck,
  type SeatPin,
} from '../../electron/lib/seat-pairing.js';
import { pinnedVerdict } from '../../electron/main/seat-window.js';
import { patientInput } from '../helpers/patients.js';
import { caller, FIRST_ADMIN, ok, tempDir } from '../helpers/temp-core.js';

/**
 * Other seats over the practice network (issue 14), on a real TLS server on 127.0.0.1: the
 * practice's own CA, pairing with a short code never sent in clear, the pinned certificate, the
 * seat's name in the access log, plain HTTP on loopback only, and a withdrawn seat shut out.
 */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const silent = { out: () => undefined, err: () => undefined };

async function host(): Promise<{ handle: ServeHandle; dir: string; tlsUrl: string }> {
  const { dir, remove } = tempDir();
  const handle = (await runCli(
    ['serve', '--port', '0', '--host', '127.0.0.1', '--tls-port', '0', '--data-dir', dir],
    silent,
  )) as ServeHandle;
  cleanups.push(remove, () => handle.stop());
  return { handle, dir, tlsUrl: handle.network?.url ?? '' };
}

/** One HTTPS call as a seat: trusting only what it is given (the CA, or the pinned certificate). */
function seatCall(
  url: string,
  method: string,
  body: object,
  trust: { ca?: string; pin?: SeatPin; cookies?: string[] },
): Promise<{
  status: number;
  json: { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  cookies: string[];
}> {
  return new Promise((resolve, reject) => {
    const call = request(
      new URL(`/api/${method}`, url),
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: (trust.cookies ?? []).join('; ') },
        ...(trust.pin ? { ca: trust.pin.caPem, checkServerIdentity: pinnedCheck(trust.pin) } : { ca: trust.ca }),
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          resolve({
            status: response.statusCode ?? 0,
            json: JSON.parse(text) as never,
            cookies: (response.headers['set-cookie'] ?? []).map((cookie) => cookie.split(';')[0] ?? ''),
          });
        });
      },
    );
    call.on('error', reject);
    call.end(JSON.stringify(body));
  });
}

describe('seats over TLS', () => {
  it('serves TLS with the practice CA, refuses unpaired seats, pairs with the code, and logs the seat by name', async () => {
    const { handle, dir, tlsUrl } = await host();
    expect(tlsUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(handle.server.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
    // The CA and the server certificate, made by Paume, the keys readable by their owner only.
    const caPem = readFileSync(join(dir, 'tls', 'ca.crt'), 'utf8');
    const serverCert = new X509Certificate(readFileSync(join(dir, 'tls', 'serveur.crt')));
    expect(serverCert.verify(new X509Certificate(caPem).publicKey)).toBe(true);
    expect(serverCert.checkIP('127.0.0.1')).toBe('127.0.0.1');
    for (const key of ['ca.key', 'serveur.key']) expect(statSync(join(dir, 'tls', key)).mode & 0o077).toBe(0);

    // A client trusting only the practice CA reaches it; nobody gets the API without pairing.
    const unpaired = await seatCall(tlsUrl, 'setup.status', {}, { ca: caPem });
    expect(unpaired.status).toBe(403);
    expect(unpaired.json.error).toMatchObject({ code: 'SEAT_NOT_PAIRED' });
    // Plain HTTP is not served on the TLS port.
    await expect(fetch(tlsUrl.replace('https', 'http') + '/api/health')).rejects.toThrow();

    const admin = caller(handle.core, 'poste hôte', true);
    await ok(admin.call('setup.initialize', FIRST_ADMIN));
    const { code, hostFingerprint } = await ok<{ code: string; hostFingerprint: string }>(
      admin.call('seats.startPairing', {}),
    );
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // The start of the certificate's fingerprint, shown beside the code (issue 27 item 7).
    expect(hostFingerprint).toBe(
      (serverCert.fingerprint256.replace(/:/g, '').slice(0, 20).match(/.{4}/g) ?? []).join(' '),
    );

    // A wrong code is refused and pairs nothing; the same machine then waits a little.
    await expect(
      pairWithHost({ url: tlsUrl, code: 'ZZZZ-ZZZZ', seatName: 'Accueil 2', hostFingerprint }),
    ).rejects.toThrow(/Code d’appairage faux ou expiré/);
    await expect(pairWithHost({ url: tlsUrl, code, seatName: 'Accueil 2', hostFingerprint })).rejects.toThrow(
      /Trop d’essais faux depuis ce poste : réessayez dans \d s/,
    );
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    // Typed in lower case, with colons: the same fingerprint.
    const typedFingerprint = hostFingerprint.toLowerCase().replace(/ /g, ':');
    const pin = await pairWithHost({
      url: tlsUrl,
      code: code.toLowerCase(),
      seatName: 'Accueil 2',
      hostFingerprint: typedFingerprint,
    });
    expect(pin.fingerprint).toBe(serverCert.fingerprint256.replace(/:/g, '').toLowerCase());
    expect(pin.caPem).toBe(caPem);
    // The code was for one seat only.
    await expect(pairWithHost({ url: tlsUrl, code, seatName: 'Accueil 3', hostFingerprint })).rejects.toThrow(
      PairingError,
    );

    // The paired seat works through the pinned certificate and its token; its name is in the log.
    const cookies = [`paume_poste=${pin.seatToken}`];
    const login = await seatCall(
      tlsUrl,
      'auth.login',
      { login: FIRST_ADMIN.login, password: FIRST_ADMIN.password },
      { pin, cookies },
    );
    expect(login.json.ok).toBe(true);
    const session = [...cookies, ...login.cookies];
    const created = await seatCall(
      tlsUrl,
      'patients.create',
      { ...patientInput({ birthName: 'Réseau' }), confirmNotDuplicate: true },
      { pin, cookies: session },
    );
    expect(created.json.ok).toBe(true);
    const entries = handle.core.services.audit.list(null, 20);
    expect(entries.find((entry) => entry.action === 'patients.create')?.seat).toBe('poste Accueil 2');
    // Only the host itself may show a pairing code.
    expect((await seatCall(tlsUrl, 'seats.startPairing', {}, { pin, cookies: session })).json.error).toMatchObject({
      code: 'FORBIDDEN',
    });

    // Withdrawn: the same token no longer opens anything.
    const listed = await ok<{ seats: { id: number; name: string }[] }>(admin.call('seats.list', {}));
    expect(listed.seats.map((seat) => seat.name)).toEqual(['Accueil 2']);
    await ok(admin.call('seats.revoke', { id: listed.seats[0]?.id ?? 0 }));
    expect((await seatCall(tlsUrl, 'auth.me', {}, { pin, cookies: session })).json.error).toMatchObject({
      code: 'SEAT_NOT_PAIRED',
    });
  });

  it('refuses a host answer made for another certificate (someone in the middle), and pins in the window', () => {
    const seen = { code: 'ABCD-EFGH', nonce: '00'.repeat(16), fingerprint: 'a'.repeat(64) };
    expect(() => checkHostAnswer({ serverFingerprint: 'b'.repeat(64), proof: 'c'.repeat(64) }, seen)).toThrow(
      /connexion interceptée/,
    );
    const pin: SeatPin = {
      url: 'https://poste-hote.local:4751/',
      seatName: 'Accueil 2',
      fingerprint: 'ab'.repeat(32),
      caPem: '',
      seatToken: 'x'.repeat(43),
    };
    const pinned = `sha256/${Buffer.from('ab'.repeat(32), 'hex').toString('base64')}`;
    expect(pinnedVerdict({ hostname: 'poste-hote.local', certificate: { fingerprint: pinned } }, pin)).toBe(0);
    expect(pinnedVerdict({ hostname: 'poste-hote.local', certificate: { fingerprint: 'sha256/autre' } }, pin)).toBe(-2);
    expect(pinnedVerdict({ hostname: 'annuaire.sante.fr', certificate: { fingerprint: 'sha256/autre' } }, pin)).toBe(
      -3,
    );
  });

  it('says no network when started without --host, and keeps the CA across restarts', async () => {
    const { dir, remove } = tempDir();
    cleanups.push(remove);
    const plain = (await runCli(['serve', '--port', '0', '--data-dir', dir], silent)) as ServeHandle;
    expect(plain.network).toBeNull();
    const admin = caller(plain.core, 'poste hôte', true);
    await ok(admin.call('setup.initialize', FIRST_ADMIN));
    expect(await admin.call('seats.startPairing', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await plain.stop();
    const first = (await runCli(
      ['serve', '--port', '0', '--host', '127.0.0.1', '--tls-port', '0', '--data-dir', dir],
      silent,
    )) as ServeHandle;
    const ca = readFileSync(join(dir, 'tls', 'ca.crt'), 'utf8');
    await first.stop();
    const second = (await runCli(
      ['serve', '--port', '0', '--host', '127.0.0.1', '--tls-port', '0', '--data-dir', dir],
      silent,
    )) as ServeHandle;
    cleanups.push(() => second.stop());
    expect(readFileSync(join(dir, 'tls', 'ca.crt'), 'utf8')).toBe(ca);
  });

  it('sends nothing to a server whose certificate is not the one the host shows (someone in the middle)', async () => {
    const real = await host();
    const middle = await host();
    const realAdmin = caller(real.handle.core, 'poste hôte', true);
    await ok(realAdmin.call('setup.initialize', FIRST_ADMIN));
    const shown = await ok<{ code: string; hostFingerprint: string }>(realAdmin.call('seats.startPairing', {}));
    const middleAdmin = caller(middle.handle.core, 'poste hôte', true);
    await ok(middleAdmin.call('setup.initialize', FIRST_ADMIN));
    const middleShown = await ok<{ code: string; hostFingerprint: string }>(middleAdmin.call('seats.startPairing', {}));
    // The seat reaches the middle with the real host's code and fingerprint: refused before sending.
    await expect(
      pairWithHost({
        url: middle.tlsUrl,
        code: shown.code,
        seatName: 'Accueil 2',
        hostFingerprint: shown.hostFingerprint,
      }),
    ).rejects.toThrow(/n’est pas celui du poste hôte .*Rien n’a été envoyé/);
    // The middle received no proof at all: its own code pairs at once, with no wait for a wrong try.
    await expect(
      pairWithHost({
        url: middle.tlsUrl,
        code: middleShown.code,
        seatName: 'Accueil 2',
        hostFingerprint: middleShown.hostFingerprint,
      }),
    ).resolves.toMatchObject({ seatName: 'Accueil 2' });
    // A fingerprint too short to prove anything is refused before any connection.
    await expect(
      pairWithHost({ url: real.tlsUrl, code: shown.code, seatName: 'Accueil 2', hostFingerprint: 'A1B2' }),
    ).rejects.toThrow(/les 20 caractères/);
  });
});
