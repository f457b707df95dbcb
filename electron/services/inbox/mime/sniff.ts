/**
 * The type of an attachment read from its first bytes, never from its name or declared type:
 * a "photo.jpg" that is a program is not an image (issue 11). Unknown content is only offered
 * for download, never shown or opened.
 */
const SIGNATURES: readonly [string, (head: Buffer) => boolean][] = [
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['image/png', (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['image/gif', (b) => /^GIF8[79]a/.test(b.subarray(0, 6).toString('latin1'))],
  [
    'image/webp',
    (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  ],
  ['image/heic', (b) => b.subarray(4, 12).toString('latin1') === 'ftypheic'],
  ['application/pdf', (b) => b.subarray(0, 5).toString('latin1') === '%PDF-'],
  ['application/zip', (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))],
];

export function sniffMime(head: Buffer): string {
  return SIGNATURES.find(([, matches]) => matches(head))?.[0] ?? 'application/octet-stream';
}
