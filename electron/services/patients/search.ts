import { parseFrenchDate } from '../../api/common/schemas/identity.js';
import { NIR_PREFIX, PHONE_PREFIX, foldName, phoneDigits } from '../../lib/name-folding.js';

export type SearchPlan =
  | { kind: 'none' }
  | { kind: 'birthDate'; date: string }
  | { kind: 'birthYear'; year: string }
  | { kind: 'tokens'; prefixes: string[] };

/**
 * Reads what was typed in the search field: a birth date (12/03/1961, 12031961), a phone
 * (any spacing, +33 or 0), a NIR (its beginning), or names (each word a prefix, longest first:
 * the most selective word drives the index scan).
 */
export function planSearch(raw: string): SearchPlan {
  const text = raw.trim();
  if (!text) return { kind: 'none' };
  const date = /^[\d/.\s-]+$/.test(text) ? parseFrenchDate(text.replace(/\s+/g, '')) : null;
  if (date) return { kind: 'birthDate', date };
  // A year alone (1961) is a year of birth (issue 10), not the start of a NIR or a phone.
  if (/^(19|20)\d{2}$/.test(text)) return { kind: 'birthYear', year: text };
  if (/^\+?[\d\s.()-]+$/.test(text)) {
    const digits = phoneDigits(text);
    if (digits.length < 3) return { kind: 'none' };
    if (digits.startsWith('0')) return { kind: 'tokens', prefixes: [`${PHONE_PREFIX}${digits}`] };
    return { kind: 'tokens', prefixes: [`${NIR_PREFIX}${digits.slice(0, 13)}`] };
  }
  const nirLike = /^[1-478]\s?\d{2}\s?\d{2}\s?(2[AB]|\d{2})/i.test(text) && /\d{6,}/.test(text.replace(/\s/g, ''));
  if (nirLike)
    return { kind: 'tokens', prefixes: [`${NIR_PREFIX}${text.replace(/\s/g, '').toUpperCase().slice(0, 13)}`] };
  const words = [...new Set(foldName(text).split(' ').filter(Boolean))].sort((a, b) => b.length - a.length).slice(0, 4);
  return words.length ? { kind: 'tokens', prefixes: words } : { kind: 'none' };
}
