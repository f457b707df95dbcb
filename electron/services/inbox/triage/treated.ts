import { MONTHS_ENGLISH, MONTHS_FRENCH } from './calendar-words.js';
import { startsWithAny, TREATED_STEMS } from './trigger-words.js';
import type { Token } from './tokens.js';

// « may » is a modal far more often than a month.
const MONTH_NAMES = new Set<string>([...MONTHS_FRENCH, ...MONTHS_ENGLISH.filter((month) => month !== 'may')]);

/** « opéré … pour une plaie », « suturée », « hospitalisée » in the sentence: the injury was treated. */
const treatedSentences = new WeakMap<readonly Token[], Map<number, boolean>>();

/** Each sentence of a message is read for treatment once, however many injuries it names. */
export function treatedSentence(tokens: readonly Token[], first: number, year: number): boolean {
  const sentence = (tokens[first] as Token).sentence;
  let known = treatedSentences.get(tokens);
  if (!known) treatedSentences.set(tokens, (known = new Map<number, boolean>()));
  let treated = known.get(sentence);
  if (treated === undefined) {
    treated = readTreated(tokens, first, year);
    known.set(sentence, treated);
  }
  return treated;
}

function readTreated(tokens: readonly Token[], first: number, year: number): boolean {
  const sentence = (tokens[first] as Token).sentence;
  let from = first;
  while (from > 0 && (tokens[from - 1] as Token).sentence === sentence) from -= 1;
  for (let at = from; at < tokens.length && (tokens[at] as Token).sentence === sentence; at += 1) {
    const word = (tokens[at] as Token).word;
    if (word === 'opere' || word === 'operee' || word === 'operes' || word === 'operated') {
      // Operated « for » the injury (a past operation's reason), not « operated yesterday, and now … ».
      const after = tokens.slice(at + 1, at + 8).map((token) => token.word);
      if (['pour', 'for', 'd', 'de', 'du', 'dans'].some((word) => after.includes(word))) return true;
      continue;
    }
    if (startsWithAny(word, TREATED_STEMS) && word !== 'reparer' && word !== 'traitement') return true;
    if (word === 'pris' || word === 'prise') {
      const next = tokens[at + 1]?.word;
      const then = tokens[at + 2]?.word;
      if (next === 'en' && then === 'charge') return true;
    }
    // Years ago: « il y a douze ans », « years ago ».
    if (
      (word === 'ans' ||
        word === 'an' ||
        word === 'annees' ||
        word === 'mois' ||
        word === 'years' ||
        word === 'months') &&
      tokens.slice(Math.max(0, at - 4), at).some((t) => t.word === 'a' || t.word === 'depuis' || t.word === 'il')
    )
      if (tokens[at + 1]?.word !== 'de' || word === 'years') return true;
    // « le mois dernier », « last month »; a dated day (« passage aux urgences le 21/03 »).
    if ((word === 'dernier' || word === 'derniere') && ['mois', 'an', 'annee'].includes(tokens[at - 1]?.word ?? ''))
      return true;
    if (word === 'last' && ['month', 'year'].includes(tokens[at + 1]?.word ?? '')) return true;
    if (
      /^\d{1,2}$/.test(word) &&
      /^\d{1,2}$/.test(tokens[at + 1]?.word ?? '') &&
      ['le', 'du', 'au'].includes(tokens[at - 1]?.word ?? '') &&
      Number(tokens[at + 1]?.word) <= 12
    )
      return true;
    // A day or a month named (« du 26 février », « en janvier »): an injury dated is a past one.
    if (MONTH_NAMES.has(word) && (/^\d{1,2}$/.test(tokens[at - 1]?.word ?? '') || tokens[at - 1]?.word === 'en'))
      return true;
    // A year before this one: « en 2018 ».
    if (/^(19|20)\d\d$/.test(word) && Number(word) < year) return true;
  }
  return false;
}
