/**
 * The seat's proof of the pairing code, in the browser (WebCrypto): the same HMAC as
 * electron/lib/pairing-proof.ts, so the code itself never crosses the network (issue 14).
 */
export const normalizeCode = (code: string): string =>
  code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');

const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

export async function seatProofInBrowser(code: string, nonce: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(normalizeCode(code)),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return hex(await crypto.subtle.sign('HMAC', key, encoder.encode(`poste:${nonce}`)));
}

export const newNonce = (): string => hex(crypto.getRandomValues(new Uint8Array(16)).buffer);
