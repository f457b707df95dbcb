import { createRequire } from 'node:module';
import { foldWord } from './tokens.js';

/**
 * Ordinary typos read as the word meant (issue 23): « hydrolique » for « hydraulique »,
 * « engourdit » for « engourdi ». A word of the message that the protocol does not know is
 * compared with the protocol's own words only (not with a whole French dictionary: what matters
 * is whether a misspelt word is one the rules look for), by Damerau–Levenshtein distance at most
 * 1, for words long enough that one letter off is still the same word. Candidates are found by
 * the symmetric-delete method: every word and its one-letter deletions are indexed once, when the
 * protocol is compiled, so a look-up costs a few map reads instead of a scan of the vocabulary.
 */
export const MIN_FUZZY_LENGTH = 7;
/** Two letters off are still the same word when it is this long (« hydrolique » for « hydraulique »). */
export const MIN_TWO_EDITS_LENGTH = 9;

/**
 * A word French knows is never « corrected » (« traitée » is not a misspelt « traînée »,
 * « planche » not « blanche »): the list of an-array-of-french-words (336,000 forms, MIT), read
 * once, folded like the messages, when the first protocol is compiled (about 0.3 s, 45 MB).
 */
let frenchWords: ReadonlySet<string> | null = null;
function knownFrench(): ReadonlySet<string> {
  if (!frenchWords) {
    const list = createRequire(import.meta.url)('an-array-of-french-words') as string[];
    frenchWords = new Set(list.map(foldWord));
  }
  return frenchWords;
}

export interface SpellingIndex {
  /** The protocol's word closest to this one, or null. */
  correct(word: string): string | null;
}

const deletions = (word: string): string[] => {
  const out: string[] = [];
  for (let at = 0; at < word.length; at += 1) out.push(word.slice(0, at) + word.slice(at + 1));
  return out;
};

/** Optimal string alignment distance (substitution, insertion, deletion, transposition). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i += 1) d[i * cols] = i;
  for (let j = 0; j < cols; j += 1) d[j] = j;
  for (let i = 1; i < rows; i += 1)
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (d[(i - 1) * cols + j] as number) + 1,
        (d[i * cols + j - 1] as number) + 1,
        (d[(i - 1) * cols + j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (d[(i - 2) * cols + j - 2] as number) + 1);
      d[i * cols + j] = best;
    }
  return d[rows * cols - 1] as number;
}

/** Optimal string alignment distance, stopped as soon as it exceeds 1. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const restA = a.slice(i + 1);
  const restB = b.slice(i + 1);
  if (a.length === b.length) {
    if (restA === restB) return true; // one substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // one transposition
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export function spellingIndex(vocabulary: Iterable<string>): SpellingIndex {
  const words = new Set<string>();
  const byDeletion = new Map<string, string[]>();
  const add = (key: string, word: string) => {
    const list = byDeletion.get(key);
    if (!list) byDeletion.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  };
  for (const word of vocabulary) {
    if (word.length < MIN_FUZZY_LENGTH - 1 || /\d/.test(word)) continue;
    words.add(word);
    add(word, word);
    for (const deleted of deletions(word)) {
      add(deleted, word);
      if (word.length >= MIN_TWO_EDITS_LENGTH - 1) for (const twice of deletions(deleted)) add(twice, word);
    }
  }
  const remembered = new Map<string, string | null>();
  const french = knownFrench();
  return {
    correct(word) {
      if (word.length < MIN_FUZZY_LENGTH || words.has(word)) return null;
      const cached = remembered.get(word);
      if (cached !== undefined) return cached;
      if (french.has(word)) {
        remembered.set(word, null);
        return null;
      }
      let best: string | null = null;
      let bestDistance = 3;
      const allowed = word.length >= MIN_TWO_EDITS_LENGTH ? 2 : 1;
      const once = deletions(word);
      const keys = allowed === 2 ? [word, ...once, ...once.flatMap(deletions)] : [word, ...once];
      for (const key of keys)
        for (const candidate of byDeletion.get(key) ?? []) {
          if (candidate === word) continue;
          const distance = allowed === 1 ? (withinOneEdit(word, candidate) ? 1 : 3) : editDistance(word, candidate);
          if (distance <= allowed && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
          }
        }
      if (remembered.size > 20_000) remembered.clear();
      remembered.set(word, best);
      return best;
    },
  };
}
