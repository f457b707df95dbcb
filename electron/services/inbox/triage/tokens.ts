import { stemOf } from './stem.js';

/**
 * How a message's words are read by the protocol: without accents or case, with the SMS
 * spellings patients use expanded (« jsens » → « je sens », « doi » → « doigt »), each word keeping
 * where it was in the original text so a matched phrase can be highlighted (issue 11), its
 * French stem (issue 23), its clause (a negation reaches no further) and its sentence.
 */
export interface Token {
  readonly word: string;
  readonly stem: string;
  readonly part: 'subject' | 'body';
  readonly start: number;
  readonly end: number;
  readonly clause: number;
  readonly sentence: number;
}

/**
 * SMS and phonetic spellings, as patients write them. Read as a table on purpose: a secretary who
 * sees a new one can have it added without reading code.
 */
export const SMS_SPELLINGS: Readonly<Record<string, string>> = {
  bjr: 'bonjour',
  bsr: 'bonsoir',
  slt: 'salut',
  rdv: 'rendez vous',
  rdvs: 'rendez vous',
  rv: 'rendez vous',
  jai: 'j ai',
  g: 'j ai',
  jsuis: 'je suis',
  jsui: 'je suis',
  chui: 'je suis',
  jsens: 'je sens',
  jpeux: 'je peux',
  jpeu: 'je peux',
  jpense: 'je pense',
  jsais: 'je sais',
  jvais: 'je vais',
  jarrive: 'j arrive',
  jme: 'je me',
  jmen: 'je m en',
  jcrois: 'je crois',
  jvois: 'je vois',
  sa: 'ca',
  c: 'c est',
  cest: 'c est',
  ct: 'c etait',
  ds: 'dans',
  pr: 'pour',
  pk: 'pourquoi',
  pq: 'pourquoi',
  tt: 'tout',
  bcp: 'beaucoup',
  pb: 'probleme',
  pbm: 'probleme',
  ke: 'que',
  koi: 'quoi',
  kel: 'quel',
  kelle: 'quelle',
  mm: 'meme',
  auj: 'aujourd hui',
  ajd: 'aujourd hui',
  taf: 'travail',
  boulot: 'travail',
  svp: 's il vous plait',
  stp: 's il te plait',
  dsl: 'desole',
  mtn: 'maintenant',
  tjrs: 'toujours',
  tjs: 'toujours',
  nn: 'non',
  ya: 'il y a',
  yavait: 'il y avait',
  doa: 'doigt',
  dwa: 'doigt',
  doi: 'doigt',
  dgt: 'doigt',
  pa: 'pas',
  plu: 'plus',
  qd: 'quand',
  ptit: 'petit',
  ptite: 'petite',
  tp: 'trop',
  vrmt: 'vraiment',
  sègne: 'saigne',
  segne: 'saigne',
  seigne: 'saigne',
  ossi: 'aussi',
  fo: 'faut',
  jsp: 'je sais pas',
  jamé: 'jamais',
  tjr: 'toujours',
  urg: 'urgence',
  sest: 's est',
  cetait: 'c etait',
  bou: 'bout',
  longle: 'l ongle',
  lindex: 'l index',
  lannulaire: 'l annulaire',
  lauriculaire: 'l auriculaire',
  lavant: 'l avant',
  depui: 'depuis',
};

/** Drops accents and case; œ and æ written out. Plain lower-case ASCII, most words, is returned as is. */
export function foldWord(raw: string): string {
  const lower = raw.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase();
}

const PLAIN = /^[a-z0-9 ]*$/;

const FOLDED_SMS = new Map(Object.entries(SMS_SPELLINGS).map(([key, value]) => [foldWord(key), value]));

/**
 * « sa » is « ça » in SMS (« sa saigne »), but stays « sa » before a noun (« sa main », « sa fille »):
 * the possessive tells whose hand it is.
 */
const SA_NOUNS =
  /^\s+(main|paume|cicatrice|fille|m[èe]re|femme|s[œo]e?ur|jambe|peau|plaie|blessure|cheville|t[êe]te|bague|alliance|voisine|copine|petite|grand|vie)\b/iu;

/** Words and numbers; an apostrophe or hyphen splits (« l'ongle » → l, ongle). */
const WORD = /[\p{L}\p{N}]+/gu;
/** What ends a sentence: its marks and a blank line. A single line break does not (mail is wrapped at 72 columns). */
const SENTENCE_END =
  /(?<!\b(?:M|Mr|Mme|Mlle|Dr|Pr|St|Ste|cf|env|Mrs|Ms))[.!?]+(?=\s|$)|\n\s*\n|\n(?=\s*[-•*]\s)|\n(?=\s*(?:P\.?\s?S\b|PS\b))/gi;
/** What ends a clause inside a sentence: ; : , and the sentence's own end. */
const CLAUSE_END = /[;:()]|,(?=\s)|[.!?]+(?=\s|$)|\n\s*\n/g;

interface ReadWord {
  readonly folded: string;
  readonly words: readonly { readonly word: string; readonly stem: string }[];
  readonly breaksClause: boolean;
}
const SA_ITSELF = [{ word: 'sa', stem: 'sa' }];
const CLAUSE_WORDS = new Set(['mais', 'but', 'cependant', 'pourtant']);
/** Each written form read once (folded, SMS expanded, stemmed): mail repeats the same few thousand words. */
const readWords = new Map<string, ReadWord>();
function readWord(raw: string): ReadWord {
  let read = readWords.get(raw);
  if (!read) {
    const folded = foldWord(raw);
    const expanded = FOLDED_SMS.get(folded);
    read = {
      folded,
      words: (expanded ? expanded.split(' ') : [folded]).map((word) => ({ word, stem: stemOf(word) })),
      breaksClause: CLAUSE_WORDS.has(folded),
    };
    if (readWords.size > 100_000) readWords.clear();
    readWords.set(raw, read);
  }
  return read;
}

export function tokenize(text: string, part: Token['part'], firstIndex = 0): Token[] {
  const sentenceBreaks = [...text.matchAll(SENTENCE_END)].map((match) => match.index);
  const clauseBreaks = [...text.matchAll(CLAUSE_END)].map((match) => match.index);
  const tokens: Token[] = [];
  let clause = firstIndex;
  let sentence = firstIndex;
  let nextClause = 0;
  let nextSentence = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    while (nextSentence < sentenceBreaks.length && (sentenceBreaks[nextSentence] as number) < start) {
      sentence += 1;
      clause += 1;
      nextSentence += 1;
    }
    while (nextClause < clauseBreaks.length && (clauseBreaks[nextClause] as number) < start) {
      clause += 1;
      nextClause += 1;
    }
    const read = readWord(match[0]);
    if (read.breaksClause) clause += 1;
    const end = start + match[0].length;
    const words = read.folded === 'sa' && SA_NOUNS.test(text.slice(end, end + 16)) ? SA_ITSELF : read.words;
    for (const { word, stem } of words) tokens.push({ word, stem, part, start, end, clause, sentence });
  }
  return tokens;
}
