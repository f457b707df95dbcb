import { newStemmer } from 'snowball-stemmers';

/**
 * French word forms by Snowball's French stemmer (issue 23): « écraser », « écrasé »,
 * « écrasement » read as one word, so a concept lists a word once rather than each of its
 * endings. Words are folded (no accents, lower case) before stemming, on both sides, so a
 * message typed without accents stems like the protocol. Stems are remembered: a practice's
 * mail reuses the same few thousand words.
 */
const french = newStemmer('french');
const known = new Map<string, string>();
const MAX_KNOWN = 50_000;

export function stemOf(folded: string): string {
  let stem = known.get(folded);
  if (stem === undefined) {
    // Numbers and one- or two-letter words are their own stem (« D2 », « 38 », « ne »).
    stem = folded.length <= 2 || /\d/.test(folded) ? folded : french.stem(folded);
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(folded, stem);
  }
  return stem;
}
