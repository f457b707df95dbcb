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

/** How many hex digits of the host's certificate fingerprint are shown and typed: 80 bits. */
const SHOWN_HEX = 20;

/**
 * The start of the host's certificate fingerprint as the host shows it beside the code (issue 27
 * item 7): « A1B2 C3D4 E5F6 0718 293A ». 80 bits: making another certificate that starts the
 * same is out of reach, and it is short enough to compare or type.
 */
export const shownFingerprint = (fingerprintHex: string): string =>
  (fingerprintHex.toUpperCase().slice(0, SHOWN_HEX).match(/.{4}/g) ?? []).join(' ');

/** Whether what was typed (spaces, colons, case as typed) is the start shown of this fingerprint. */
export function fingerprintMatches(typed: string, fingerprintHex: string): boolean {
  const plain = typed.replace(/[\s:]/g, '').toLowerCase();
  return /^[0-9a-f]+$/.test(plain) && plain.length >= SHOWN_HEX && fingerprintHex.toLowerCase().startsWith(plain);
}
