import type { SeatPin } from '../lib/seat-pairing.js';

export { readSeatPin } from '../lib/seat-pairing.js';

/**
 * The Electron window of a seat paired with a host (issue 14, `paume pair`): it opens the host's
 * app over TLS instead of a local database, and trusts exactly the pinned certificate for the
 * host's name (Electron's setCertificateVerifyProc; other sites keep Chromium's own checks).
 */
/** Electron's certificate fingerprint is « sha256/<base64> »; the pin is hex. */
const electronFingerprintOf = (pin: SeatPin) => `sha256/${Buffer.from(pin.fingerprint, 'hex').toString('base64')}`;

/**
 * The verdict for setCertificateVerifyProc: 0 trusts, -2 refuses, -3 leaves it to Chromium. The
 * host's name with another certificate is refused, whatever CA signed it.
 */
export function pinnedVerdict(
  request: { hostname: string; certificate: { fingerprint: string } },
  pin: SeatPin,
): 0 | -2 | -3 {
  if (request.hostname !== new URL(pin.url).hostname) return -3;
  return request.certificate.fingerprint === electronFingerprintOf(pin) ? 0 : -2;
}

/** The seat's cookie, as the host set it at pairing, for the window's session. */
export function seatCookieOf(pin: SeatPin) {
  return {
    url: pin.url,
    name: 'paume_poste',
    value: pin.seatToken,
    secure: true,
    httpOnly: true,
    sameSite: 'strict' as const,
    expirationDate: Math.floor(Date.now() / 1000) + 5 * 365 * 86_400,
  };
}
