import { randomBytes } from 'node:crypto';
import { request as httpsRequest } from 'node:https';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TLSSocket } from 'node:tls';
import { z } from 'zod';
import { fingerprintMatches, hostProof, sameProof, seatProof, shownFingerprint } from './pairing-proof.js';

/** What a paired seat keeps (poste.json): where the host is, the certificate it pins, its token. */
export const seatPinSchema = z.object({
  url: z.url(),
  seatName: z.string().min(1),
  /** SHA-256 of the host's certificate (DER), hex. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  caPem: z.string(),
  seatToken: z.string().min(20),
});
export type SeatPin = z.infer<typeof seatPinSchema>;

export class PairingError extends Error {}

/** Where a paired seat keeps its pin: the data folder's poste.json (read by the Electron window). */
export const seatFileIn = (dataDir: string): string => join(dataDir, 'poste.json');

export function readSeatPin(dataDir: string): SeatPin | null {
  const file = seatFileIn(dataDir);
  if (!existsSync(file)) return null;
  return seatPinSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

const fingerprintOf = (socket: TLSSocket): string =>
  socket.getPeerCertificate().fingerprint256.replace(/:/g, '').toLowerCase();

const claimAnswer = z.object({
  ok: z.boolean(),
  value: z
    .object({ seatName: z.string(), caCertificatePem: z.string(), serverFingerprint: z.string(), proof: z.string() })
    .optional(),
  error: z.object({ message: z.string() }).optional(),
});

/**
 * The host's answer is trusted only if it proves knowledge of the code over the certificate this
 * seat actually saw: someone in the middle, with another certificate, cannot produce it.
 */
export function checkHostAnswer(
  answer: { serverFingerprint: string; proof: string },
  seen: { code: string; nonce: string; fingerprint: string },
): void {
  if (
    answer.serverFingerprint !== seen.fingerprint ||
    !sameProof(hostProof(seen.code, seen.nonce, seen.fingerprint), answer.proof)
  )
    throw new PairingError(
      'Le certificat reçu n’est pas celui du poste hôte (connexion interceptée, ou mauvaise adresse) : appairage refusé.',
    );
}

/**
 * A seat pairs with the host (issue 14): first contact over TLS, the certificate received checked
 * against the fingerprint the host shows beside the code, before anything is sent (issue 27 item
 * 7: someone in the middle would otherwise get a proof of the code to guess it offline); the code
 * never sent (only a proof of it), the host's answer checked against the certificate seen, then
 * that certificate pinned. Used by `paume pair` and the Electron seat.
 */
export async function pairWithHost(options: {
  url: string;
  code: string;
  seatName: string;
  hostFingerprint: string;
}): Promise<SeatPin> {
  const target = new URL('/api/seats.claimPairing', options.url);
  if (target.protocol !== 'https:')
    throw new PairingError('L’adresse du poste hôte commence par https:// (réseau du cabinet).');
  if (!/^[0-9a-f]{20,64}$/i.test(options.hostFingerprint.replace(/[\s:]/g, '')))
    throw new PairingError(
      'Empreinte du poste hôte : tapez les 20 caractères affichés sur le poste hôte à côté du code (ex. « A1B2 C3D4 E5F6 0718 293A »).',
    );
  const nonce = randomBytes(16).toString('hex');
  const body = JSON.stringify({ seatName: options.seatName, nonce, codeProof: seatProof(options.code, nonce) });
  const { status, text, fingerprint, cookies } = await new Promise<{
    status: number;
    text: string;
    fingerprint: string;
    cookies: string[];
  }>((resolve, reject) => {
    const request = httpsRequest(
      target,
      // First contact: no certificate authority to trust yet, so the certificate is checked by its
      // fingerprint as the host shows it, on a connection of its own (agent: false), before the
      // body leaves; then against the host's proof below.
      {
        method: 'POST',
        rejectUnauthorized: false,
        agent: false,
        headers: { 'Content-Type': 'application/json' },
        timeout: 10_000,
      },
      (response) => {
        const socket = response.socket;
        if (!(socket instanceof TLSSocket)) {
          reject(new PairingError('Connexion sans TLS : ce n’est pas le réseau du cabinet.'));
          return;
        }
        const seen = fingerprintOf(socket);
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          resolve({
            status: response.statusCode ?? 0,
            text,
            fingerprint: seen,
            cookies: response.headers['set-cookie'] ?? [],
          });
        });
      },
    );
    request.on('timeout', () => request.destroy(new PairingError('Le poste hôte ne répond pas (10 s).')));
    request.on('error', (error) =>
      reject(error instanceof PairingError ? error : new PairingError(`Poste hôte injoignable : ${error.message}`)),
    );
    request.once('socket', (socket) => {
      if (!(socket instanceof TLSSocket)) {
        request.destroy(new PairingError('Connexion sans TLS : ce n’est pas le réseau du cabinet.'));
        return;
      }
      socket.once('secureConnect', () => {
        const received = fingerprintOf(socket);
        if (fingerprintMatches(options.hostFingerprint, received)) request.end(body);
        else
          request.destroy(
            new PairingError(
              `Le certificat reçu (empreinte ${shownFingerprint(received)}) n’est pas celui du poste hôte (${shownFingerprint(options.hostFingerprint.replace(/[\s:]/g, ''))} affichée) : connexion interceptée ou mauvaise adresse. Rien n’a été envoyé.`,
            ),
          );
      });
    });
  });
  const parsed = claimAnswer.safeParse(JSON.parse(text || '{}'));
  if (!parsed.success || !parsed.data.ok || !parsed.data.value)
    throw new PairingError(parsed.data?.error?.message ?? `Réponse inattendue du poste hôte (HTTP ${status}).`);
  checkHostAnswer(parsed.data.value, { code: options.code, nonce, fingerprint });
  const seatToken = cookies.map((cookie) => /^paume_poste=([^;]+)/.exec(cookie)?.[1]).find(Boolean);
  if (!seatToken) throw new PairingError('Le poste hôte n’a pas donné de jeton de poste.');
  return {
    url: new URL('/', options.url).toString(),
    seatName: parsed.data.value.seatName,
    fingerprint,
    caPem: parsed.data.value.caCertificatePem,
    seatToken,
  };
}

/** A call to the host as a paired seat: its certificate must be the pinned one, nothing else is trusted. */
export function pinnedCheck(pin: Pick<SeatPin, 'fingerprint'>) {
  return (_host: string, certificate: { fingerprint256: string }): Error | undefined =>
    certificate.fingerprint256.replace(/:/g, '').toLowerCase() === pin.fingerprint
      ? undefined
      : new PairingError(
          'Certificat du poste hôte changé : ce poste refuse de s’y connecter (appairez-le de nouveau).',
        );
}
