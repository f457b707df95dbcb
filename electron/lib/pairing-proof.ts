import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { CROCKFORD, inGroupsOfFour, normalizeTyped } from './crockford.js';

/**
 * Pairing a seat with the host (issue 14) without sending the code over the wire: the seat proves
 * it knows the code with an HMAC over a fresh nonce, and the host answers with an HMAC over the
 * same nonce and the fingerprint of its certificate. A seat that sees another certificate (someone
 * in the middle) computes another proof and refuses. The same computation runs in the browser
 * (renderer/auth/pairing-proof.ts, WebCrypto).
 */

/** Eight characters, shown as « ABCD-EFGH »: 40 bits, for a code that lives ten minutes. */
export function newPairingCode(): string {
  const bytes = randomBytes(8);
  return inGroupsOfFour([...bytes].map((byte) => CROCKFORD.charAt(byte & 31)).join(''));
}

const hmac = (code: string, message: string) =>
  createHmac('sha256', normalizeTyped(code)).update(message).digest('hex');

export const seatProof = (code: string, nonce: string): string => hmac(code, `poste:${nonce}`);
export const hostProof = (code: string, nonce: string, fingerprint: string): string =>
  hmac(code, `hote:${nonce}:${fingerprint}`);

export function sameProof(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}
