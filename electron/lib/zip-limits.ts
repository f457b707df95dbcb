import { inflateRawSync } from 'node:zlib';

export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxEntryBytes: number;
  readonly maxTotalBytes: number;
}

/** Why an archive is refused, in French, for the person who sent it. */
export class ZipLimitError extends Error {}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function centralDirectory(zip: Buffer): { offset: number; count: number } {
  // The end record is in the last 22 bytes plus at most a 65,535-byte comment.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65_535); at -= 1) {
    if (zip.readUInt32LE(at) === EOCD) {
      const count = zip.readUInt16LE(at + 10);
      const offset = zip.readUInt32LE(at + 16);
      if (count === 0xffff || offset === 0xffffffff) throw new ZipLimitError('archive ZIP64 refusée (trop grande)');
      return { offset, count };
    }
  }
  throw new ZipLimitError('ce fichier n’est pas une archive ZIP');
}

/** The entries as the central directory declares them; nothing is decompressed. */
export function listZipEntries(zip: Buffer): Entry[] {
  const { offset, count } = centralDirectory(zip);
  const entries: Entry[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw new ZipLimitError('archive ZIP abîmée');
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      localHeaderOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

const mib = (bytes: number) => `${Math.round(bytes / 1_048_576)} Mo`;

/**
 * Checks an archive before anything unpacks it whole (issue 9: a 200 KB .docx that unpacked to
 * 200 MB froze the server): the number of entries and their declared sizes first, then each entry
 * is inflated with a cap at its declared size, so an archive that lies about a size is refused
 * after at most that many bytes, never after gigabytes.
 */
export function checkZipArchive(zip: Buffer, limits: ZipLimits): void {
  const entries = listZipEntries(zip);
  if (entries.length > limits.maxEntries)
    throw new ZipLimitError(`archive refusée : ${entries.length} fichiers dedans (${limits.maxEntries} au plus)`);
  let total = 0;
  for (const entry of entries) {
    if (entry.size > limits.maxEntryBytes)
      throw new ZipLimitError(
        `archive refusée : « ${entry.name.slice(0, 80)} » ferait ${mib(entry.size)} décompressé (${mib(limits.maxEntryBytes)} au plus)`,
      );
    total += entry.size;
    if (total > limits.maxTotalBytes)
      throw new ZipLimitError(`archive refusée : plus de ${mib(limits.maxTotalBytes)} une fois décompressée`);
  }
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) throw new ZipLimitError('archive ZIP abîmée');
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    let actual: number;
    if (entry.method === 0) actual = data.length;
    else if (entry.method === 8) {
      try {
        // One byte more than declared is enough to catch a lie.
        actual = inflateRawSync(data, { maxOutputLength: entry.size + 1 }).length;
      } catch {
        throw new ZipLimitError(`archive refusée : « ${entry.name.slice(0, 80)} » est plus gros qu’annoncé ou abîmé`);
      }
    } else throw new ZipLimitError(`archive refusée : compression inconnue pour « ${entry.name.slice(0, 80)} »`);
    if (actual !== entry.size)
      throw new ZipLimitError(`archive refusée : « ${entry.name.slice(0, 80)} » n’a pas la taille annoncée`);
  }
}
