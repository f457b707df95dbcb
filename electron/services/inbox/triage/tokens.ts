/**
 * How a message's words are read by the protocol: without accents or case, with the SMS
 * spellings patients use expanded ("jsens" → "je sens", "rdv" → "rendez vous"), each word keeping
 * where it was in the original text so a matched phrase can be highlighted (issue 11).
 */
export interface Token {
  readonly word: string;
  readonly part: 'subject' | 'body';
  readonly start: number;
  readonly end: number;
  /** Index of the clause: a negation only reaches words of its own clause. */
  readonly clause: number;
}

const SMS: Readonly<Record<string, string>> = {
  bjr: 'bonjour',
  bsr: 'bonsoir',
  slt: 'salut',
  rdv: 'rendez vous',
  rdvs: 'rendez vous',
  rv: 'rendez vous',
  jai: 'j ai',
  jsuis: 'je suis',
  chui: 'je suis',
  jsens: 'je sens',
  jpeux: 'je peux',
  jpense: 'je pense',
  jsais: 'je sais',
  jvais: 'je vais',
  jarrive: 'j arrive',
  jme: 'je me',
  sa: 'ca',
  c: 'c est',
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
};

/** Drops accents and case; œ and æ written out. */
export function foldWord(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase();
}

/** Words and numbers; an apostrophe or hyphen splits ("l'ongle" → l, ongle). */
const WORD = /[\p{L}\p{N}]+/gu;
/** What ends a clause: sentence marks, a line break, and "mais" (checked on words). */
const CLAUSE_END = /[.!?;:\n]|,\s/g;

export function tokenize(text: string, part: Token['part'], firstClause = 0): Token[] {
  const clauseBreaks: number[] = [];
  for (const match of text.matchAll(CLAUSE_END)) clauseBreaks.push(match.index);
  const tokens: Token[] = [];
  let clause = firstClause;
  let nextBreak = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    while (nextBreak < clauseBreaks.length && (clauseBreaks[nextBreak] as number) < start) {
      clause += 1;
      nextBreak += 1;
    }
    const folded = foldWord(match[0]);
    if (folded === 'mais' || folded === 'but') clause += 1;
    const end = start + match[0].length;
    const expanded = SMS[folded];
    for (const word of expanded ? expanded.split(' ') : [folded]) tokens.push({ word, part, start, end, clause });
  }
  return tokens;
}

/**
 * The lines a person wrote, without the message they answer ("> …", after "Le … a écrit :").
 * Quoted text is blanked, not cut, so offsets still point into the message as shown. A forwarded
 * message is kept: a doctor may forward a patient's words, and those must be read.
 */
export function blankQuotedReply(body: string): string {
  let quoting = false;
  return body.replace(/[^\n]*/g, (line) => {
    if (/^\s*(Le|On)\s.{4,160}\s(a écrit|wrote)\s*:\s*$/i.test(line) || /^-{2,}\s*Original Message/i.test(line))
      quoting = true;
    return quoting || line.startsWith('>') ? ' '.repeat(line.length) : line;
  });
}
