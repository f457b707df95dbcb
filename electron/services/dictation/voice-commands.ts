/**
 * Turns text as whisper writes it into the text a letter wants: spoken French commands become
 * punctuation and layout, known whisper hallucinations on silence are dropped, and the
 * vocabulary replacements (built-in hand-surgery terms and each surgeon's own) are applied.
 */

export interface Replacement {
  /** What whisper writes (matched without regard to case or accents, on word boundaries). */
  readonly spoken: string;
  /** What the letter must say. */
  readonly written: string;
}

/** Whole outputs whisper invents on silence or noise (seen on French audio). */
const HALLUCINATIONS = [
  /sous[- ]titr(age|es|é)[^\n]*/giu,
  /merci d'avoir regardé[^.!?\n]*[.!?]?/giu,
  /merci de (votre|ton) attention[^.!?\n]*[.!?]?/giu,
  /abonnez[- ]vous[^.!?\n]*[.!?]?/giu,
  /amara\.org[^.!?\n]*/giu,
  /\[(musique|rires|applaudissements|silence|bruit)[^\]]*\]/giu,
  /\((musique|rires|applaudissements|silence|bruit)[^)]*\)/giu,
  /^\s*(\.\.\.|…)\s*$/gu,
];

type Guard = (context: WordContext) => boolean;

/** The words around a spoken command, when nothing (no punctuation) separates them from it. */
interface WordContext {
  readonly before: string | null;
  readonly after: string | null;
  /** The word after, as whisper wrote it (a capital means a new sentence, not an adjective). */
  readonly afterRaw: string | null;
}

// Closed classes of French, not a list of sentences: what comes before a noun.
/** Determiners, possessives and prenominal adjectives before a singular noun: « un point », « le seul point ». */
const BEFORE_SINGULAR_NOUN = new Set([
  'le',
  "l'",
  'un',
  'ce',
  'cet',
  'mon',
  'ton',
  'son',
  'notre',
  'votre',
  'leur',
  'du',
  'au',
  'chaque',
  'quel',
  'aucun',
  'tout',
  'seul',
  'premier',
  'dernier',
  'second',
  'autre',
  'même',
  'bon',
  'mauvais',
  'petit',
  'gros',
  'grand',
  'nouveau',
  '1',
]);
/** Before a plural noun: articles, possessives, demonstratives, and prepositions that take a quantity (« de deux points »). */
const BEFORE_PLURAL_NOUN = new Set([
  'les',
  'des',
  'ces',
  'mes',
  'tes',
  'ses',
  'nos',
  'vos',
  'leurs',
  'aux',
  'de',
  "d'",
  'à',
  'sur',
  'par',
  'avec',
  'sans',
  'entre',
  'environ',
  'moins',
  'plus',
  'premiers',
  'derniers',
  'autres',
  'mêmes',
  'seuls',
]);
/** What follows a noun and never a punctuation mark: a complement (« point d'entrée »), a relative, a verb of which it is the subject. */
// « à » is left out: « … propre point à revoir dans dix jours » starts a sentence.
const AFTER_NOUN = new Set([
  'de',
  "d'",
  'du',
  'des',
  'sur',
  'qui',
  'dont',
  'est',
  'sont',
  'ont',
  'était',
  'étaient',
  'reste',
  'restent',
  'persiste',
  'persistent',
  'sera',
  'seront',
  'semble',
  'semblent',
]);
/**
 * Endings of the adjectives that agree with « point » (masculine): « douloureux », « sensible »,
 * « latéraux », « cutanés ». Only endings that French nouns rarely have, so that a command
 * followed by a noun (« deux points mobilité ») stays a command.
 */
const ADJECTIVE_SINGULAR = /(?:eux|if|al|el|ible|able|ant|[cq]uis|cis)$/u;
const ADJECTIVE_PLURAL = /(?:eux|ifs|aux|els|ibles|ables|ants|[cq]uis|cis|(?<!it)és)$/u;

const follows = (context: WordContext, adjective: RegExp) =>
  context.after !== null &&
  (AFTER_NOUN.has(context.after) || (context.afterRaw === context.after && adjective.test(context.after)));

/** « point » is the word, not the full stop, after a determiner or before a complement or an adjective. */
const pointIsNoun: Guard = (context) =>
  (context.before !== null && BEFORE_SINGULAR_NOUN.has(context.before)) || follows(context, ADJECTIVE_SINGULAR);
/** « deux points » is a quantity of points (stitches, tender spots, a score), not the colon, by the same rule. */
const pointsAreNoun: Guard = (context) =>
  (context.before !== null && BEFORE_PLURAL_NOUN.has(context.before)) || follows(context, ADJECTIVE_PLURAL);

// Longest first: "point à la ligne" before "à la ligne" and "point".
const COMMANDS: readonly (readonly [RegExp, string, Guard?])[] = [
  [/point à la ligne/, '.\n'],
  [/nouveau paragraphe/, '\n\n'],
  [/à la ligne/, '\n'],
  [/point d'interrogation/, '?'],
  [/point d'exclamation/, '!'],
  [/point[- ]virgule/, ';'],
  [/deux[- ]points/, ':', pointsAreNoun],
  [/virgule/, ','],
  [/ouvr(?:ez|ir|e) la parenthèse/, '('],
  [/ferm(?:ez|er|e) la parenthèse/, ')'],
  [/ouvr(?:ez|ir|e) les guillemets/, '«'],
  [/ferm(?:ez|er|e) les guillemets/, '»'],
  [/tiret/, '-'],
  [/point/, '.', pointIsNoun],
];

const MARK = '\u0001';

/** whisper's own punctuation around a spoken command, which the command replaces. */
const AROUND = '[\\s,.;:!?]*';

const WORD_BEFORE = /([\p{L}\d]+'?)\s*$/u;
const WORD_AFTER = /^\s*([\p{L}\d]+'?)/u;

/** The words touching a match; none across whisper's punctuation or an earlier command. */
function contextOf(text: string, match: string, offset: number): WordContext {
  const leadingPunctuation = /^[\s]*[,.;:!?]/.test(match);
  const trailingPunctuation = /[,.;:!?][\s]*$/.test(match);
  const before = leadingPunctuation
    ? null
    : (WORD_BEFORE.exec(text.slice(Math.max(0, offset - 40), offset))?.[1] ?? null);
  const afterRaw = trailingPunctuation
    ? null
    : (WORD_AFTER.exec(text.slice(offset + match.length, offset + match.length + 40))?.[1] ?? null);
  return { before: before?.toLowerCase() ?? null, after: afterRaw?.toLowerCase() ?? null, afterRaw };
}

export function applyVoiceCommands(raw: string): string {
  let text = raw.replace(/[’]/g, "'");
  for (const [pattern, symbol, isWord] of COMMANDS) {
    const spoken = new RegExp(`${AROUND}(?<![\\p{L}])${pattern.source}(?![\\p{L}])${AROUND}`, 'giu');
    text = text.replace(spoken, (match: string, offset: number, whole: string) => {
      if (isWord?.(contextOf(whole, match, offset))) return match;
      return ` ${MARK}${symbol}${MARK} `;
    });
  }
  return typeset(text);
}

/** French typography: spaces, non-breaking spaces before high punctuation, capitals. */
function typeset(marked: string): string {
  let text = marked
    .replace(new RegExp(`${MARK}([^${MARK}]*)${MARK}`, 'g'), '$1')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/ +([,.)])/g, '$1')
    .replace(/\( +/g, '(')
    .replace(/([,;:!?)])(?=[^\s\n,.;:!?)»])/gu, '$1 ')
    .replace(/\.(?=[^\s\n.,;:!?)»\d])/gu, '. ')
    .replace(/ *([;:!?]) */g, '\u202f$1 ')
    .replace(/« */g, '«\u00a0')
    .replace(/ *»/g, '\u00a0»')
    .replace(/(^|\s)-(?=\s)/g, '$1–')
    .replace(/[ \u202f]+\n/g, '\n')
    .replace(/\.{2,}/g, '.')
    // A mark before a full stop is whisper's or a slip (« virgule point »); before a line break it
    // was dictated (« Cher confrère, » then a new paragraph) and stays.
    .replace(/([,;:])\./g, '.')
    .trim();
  // whisper capitalises after its own full stops; after a comma or colon French goes on in lower case.
  text = text.replace(
    /([,;:]\s)(\p{Lu})(?=\p{Ll})/gu,
    (_match, before: string, letter: string) => `${before}${letter.toLowerCase()}`,
  );
  text = text.replace(
    /(^|[.!?]\s+|\n)(\p{Ll})/gu,
    (_match, before: string, letter: string) => `${before}${letter.toUpperCase()}`,
  );
  return text.replace(/[ \u202f\u00a0]+$/g, '');
}

export function dropHallucinations(text: string): string {
  let cleaned = text;
  for (const pattern of HALLUCINATIONS) cleaned = cleaned.replace(pattern, ' ');
  return cleaned.replace(/\s+/g, ' ').trim();
}

const fold = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

export function applyReplacements(text: string, replacements: readonly Replacement[]): string {
  if (replacements.length === 0) return text;
  const source = text.normalize('NFC');
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+');
  // One pass with every spoken form, longest first: a replaced span is never replaced again
  // ("docteur fontaine" → "Dr Claire Fontaine" is not then caught by "fontaine").
  const ordered = [...replacements].sort((a, b) => b.spoken.length - a.spoken.length);
  const pattern = new RegExp(
    `(?<![\\p{L}\\d])(?:${ordered.map((r) => `(${escape(fold(r.spoken))})`).join('|')})(?![\\p{L}\\d])`,
    'gu',
  );
  let result = '';
  let cursor = 0;
  // Folding keeps one code unit per NFC letter, so positions in the folded text are positions in the source.
  for (const match of fold(source).matchAll(pattern)) {
    const start = match.index;
    const which = match.slice(1).findIndex((group: string | undefined) => group !== undefined);
    result += `${source.slice(cursor, start)}${ordered[which]?.written ?? match[0]}`;
    cursor = start + match[0].length;
  }
  return result + source.slice(cursor);
}

/** The whole path from whisper's text to the letter's text. */
export function finishDictation(raw: string, replacements: readonly Replacement[]): string {
  const withoutNoise = dropHallucinations(raw);
  if (!withoutNoise) return '';
  return applyVoiceCommands(applyReplacements(withoutNoise, replacements));
}
