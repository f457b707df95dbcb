import { zipLibrary } from '../../../lib/zip-library.js';
import { checkZipArchive, ZipLimitError } from '../../../lib/zip-limits.js';

/** What an MSSanté XDM archive says about its patient (IHE_XDM.ZIP, METADATA.XML). */
export interface XdmPatient {
  readonly ins: string | null;
  readonly birthName: string | null;
  readonly firstName: string | null;
  readonly birthDate: string | null;
}

/** A few files of metadata and documents; a zip bomb is refused before anything is inflated whole. */
const XDM_LIMITS = { maxEntries: 200, maxEntryBytes: 20 * 1_048_576, maxTotalBytes: 60 * 1_048_576 };

/** INS-NIR (1.2.250.1.213.1.4.8), INS-NIA (.9), and the test and demonstration OIDs (.10, .11). */
const INS_VALUE = /value="(\d{13}(?:\d{2})?)\^\^\^&(?:amp;)?1\.2\.250\.1\.213\.1\.4\.(?:8|9|10|11)&/;

export function readXdm(zip: Buffer): XdmPatient | { refusal: string } {
  try {
    checkZipArchive(zip, XDM_LIMITS);
  } catch (error) {
    if (error instanceof ZipLimitError) return { refusal: error.message };
    throw error;
  }
  const archive = new (zipLibrary())(zip);
  const metadata = Object.values(archive.files).find((file) => /(^|\/)METADATA\.XML$/i.test(file.name));
  if (!metadata) return { refusal: 'archive XDM sans METADATA.XML' };
  const xml = metadata.asText();
  const ins = INS_VALUE.exec(xml)?.[1] ?? null;
  // sourcePatientInfo carries PID-5 (NOM^Prénom) and PID-7 (AAAAMMJJ).
  const name = /PID-5\|([^^<|]*)\^([^^<|]*)/.exec(xml);
  const birth = /PID-7\|(\d{4})(\d{2})(\d{2})/.exec(xml);
  return {
    ins: ins ? ins.slice(0, 13) : null,
    birthName: name?.[1]?.trim() || null,
    firstName: name?.[2]?.trim() || null,
    birthDate: birth ? `${birth[1]}-${birth[2]}-${birth[3]}` : null,
  };
}
