import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { foldName } from '../../lib/name-folding.js';
import type { PreferencesService } from '../preferences/service.js';

const AUDIO: Readonly<Record<string, string>> = {
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.m4a': 'audio/mp4',
  '.wav': 'audio/wav',
  '.flac': 'audio/flac',
};
const MAX_BYTES = 40 * 1_048_576;

/** The practice's own music, beside the database (README « Le bloc »): files named by artist, album or style. */
export const musicDirOf = (dataDir: string): string => join(dataDir, 'musique');

/**
 * The music a patient chose, from the practice's music folder (issue 13): the first audio file
 * whose name contains the artist, the playlist or the style they gave. None: the card says to use
 * the patient's own headphones.
 */
export function musicFor(
  patientId: number,
  deps: { dataDir: string; preferences: PreferencesService },
): { fileName: string; mime: string; contentBase64: string } | null {
  const music = deps.preferences.forPatient(patientId).find((preference) => preference.value.item === 'music')?.value;
  if (music?.item !== 'music' || music.choice !== 'music') return null;
  const wanted = [music.artist, music.playlist, music.style]
    .map((word) => foldName(word).trim())
    .filter((word) => word.length >= 3);
  const dir = musicDirOf(deps.dataDir);
  if (wanted.length === 0 || !existsSync(dir)) return null;
  const files = readdirSync(dir).filter((name) => AUDIO[extname(name).toLowerCase()] !== undefined);
  for (const word of wanted) {
    const found = files.find((name) => foldName(name).includes(word));
    if (!found) continue;
    const file = join(dir, found);
    if (!statSync(file).isFile() || statSync(file).size > MAX_BYTES) continue;
    return {
      fileName: found,
      mime: AUDIO[extname(found).toLowerCase()] ?? 'audio/mpeg',
      contentBase64: readFileSync(file).toString('base64'),
    };
  }
  return null;
}
