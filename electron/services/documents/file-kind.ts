/** The kinds of file a patient file accepts, recognised by their first bytes, not their name. */
const KINDS = [
  {
    mime: 'image/jpeg',
    extensions: ['jpg', 'jpeg'],
    magic: (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
  {
    mime: 'image/png',
    extensions: ['png'],
    magic: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    mime: 'image/webp',
    extensions: ['webp'],
    magic: (b: Buffer) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  {
    mime: 'application/pdf',
    extensions: ['pdf'],
    magic: (b: Buffer) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  },
  // A dictation the surgeon chose to keep (issue 4), or a recording brought in.
  {
    mime: 'audio/wav',
    extensions: ['wav'],
    magic: (b: Buffer) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WAVE',
  },
  {
    mime: 'image/tiff',
    extensions: ['tif', 'tiff'],
    magic: (b: Buffer) => ['II*\0', 'MM\0*'].includes(b.subarray(0, 4).toString('latin1')),
  },
] as const;

export const ACCEPTED_EXTENSIONS = KINDS.flatMap((kind) => kind.extensions);

/** The MIME type, if the content is what the extension says; otherwise a French reason. */
export function checkFileKind(fileName: string, content: Buffer): { mime: string } | { refusal: string } {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const claimed = KINDS.find((kind) => (kind.extensions as readonly string[]).includes(extension));
  if (!claimed)
    return { refusal: `type de fichier non accepté (« .${extension} ») : ${ACCEPTED_EXTENSIONS.join(', ')}` };
  if (!claimed.magic(content)) {
    const actual = KINDS.find((kind) => kind.magic(content));
    return {
      refusal: `le contenu n’est pas un fichier ${extension.toUpperCase()}${actual ? ` (c’est un ${actual.extensions[0].toUpperCase()})` : ''}`,
    };
  }
  return { mime: claimed.mime };
}
