/**
 * How names, phones and NIR become search tokens. Accents and case are dropped (Lefèvre =
 * lefevre); a hyphenated or spaced name gives its parts and the parts joined, so that
 * "Saint-Martin", "saint martin" and "saintmartin" all find it.
 */
export function foldName(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/æ/gi, 'ae')
    .replace(/œ/gi, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function nameTokens(raw: string): string[] {
  const folded = foldName(raw);
  if (!folded) return [];
  const words = folded.split(' ');
  return words.length > 1 ? [...words, words.join('')] : words;
}

/** +33 6 12 34 56 78, 0033612345678, 06.12.34.56.78 → 0612345678. */
export function phoneDigits(raw: string): string {
  const digits = raw.replace(/\D+/g, '');
  // "+33 (0)6 ..." is often written with the trunk 0 kept in brackets: drop it once.
  if (raw.trim().startsWith('+33')) return `0${digits.slice(2).replace(/^0/, '')}`;
  if (digits.startsWith('0033')) return `0${digits.slice(4).replace(/^0/, '')}`;
  return digits;
}

export const PHONE_PREFIX = '#';
export const NIR_PREFIX = '!';

export interface TokenSource {
  birthName: string;
  usedName: string;
  firstNames: string;
  usedFirstName: string;
  phoneMobile: string;
  phoneOther: string;
  nir: string;
}

export function searchTokens(patient: TokenSource): string[] {
  const tokens = new Set<string>();
  for (const name of [patient.birthName, patient.usedName, patient.firstNames, patient.usedFirstName]) {
    for (const token of nameTokens(name)) tokens.add(token);
  }
  for (const phone of [patient.phoneMobile, patient.phoneOther]) {
    const digits = phoneDigits(phone);
    if (digits.length >= 4) tokens.add(`${PHONE_PREFIX}${digits}`);
  }
  if (patient.nir) tokens.add(`${NIR_PREFIX}${patient.nir.slice(0, 13)}`);
  return [...tokens];
}

/** Levenshtein distance, for "close spellings" among possible duplicates. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Same person, probably: same birth date is required by the caller; names equal or close. */
export function namesClose(a: string, b: string): boolean {
  const [x, y] = [foldName(a).replace(/ /g, ''), foldName(b).replace(/ /g, '')];
  if (!x || !y) return false;
  return (
    x === y ||
    x.startsWith(y) ||
    y.startsWith(x) ||
    editDistance(x, y) <= Math.max(1, Math.floor(Math.min(x.length, y.length) / 4))
  );
}
