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

// Longest first: "point à la ligne" before "à la ligne" and "point".
const COMMANDS: readonly [RegExp, string][] = [
  [/point à la ligne/, '.\n'],
  [/nouveau paragraphe/, '\n\n'],
  [/à la ligne/, '\n'],
  [/point d'interrogation/, '?'],
  [/point d'exclamation/, '!'],
  [/point[- ]virgule/, ';'],
  [/deux[- ]points/, ':'],
  [/virgule/, ','],
  [/ouvr(?:ez|ir|e) la parenthèse/, '('],
  [/ferm(?:ez|er|e) la parenthèse/, ')'],
  [/ouvr(?:ez|ir|e) les guillemets/, '«'],
  [/ferm(?:ez|er|e) les guillemets/, '»'],
  [/tiret/, '-'],
  // "point" is a command unless a complement follows: "point de suture", "point d'entrée".
  [/point(?!\s+(?:de|d'|du|des|sur)\b)/, '.'],
];

const MARK = '\u0001';

/** whisper's own punctuation around a spoken command, which the command replaces. */
const AROUND = "[\\s,.;:!?]*";

export function applyVoiceCommands(raw: string): string {
  let text = raw.replace(/[’]/g, "'");
  for (const [pattern, symbol] of COMMANDS) {
    const spoken = new RegExp(`${AROUND}(?<![\\p{L}])${pattern.source}(?![\\p{L}])${AROUND}`, 'giu');
    text = text.replace(spoken, ` ${MARK}${symbol}${MARK} `);
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
    .replace(/([,;:])([.\n])/g, '$2')
    .trim();
  // whisper capitalises after its own full stops; after a comma or colon French goes on in lower case.
  text = text.replace(/([,;:]\s)(\p{Lu})(?=\p{Ll})/gu, (_match, before: string, letter: string) => `${before}${letter.toLowerCase()}`);
  text = text.replace(/(^|[.!?]\s+|\n)(\p{Ll})/gu, (_match, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
  return text.replace(/[ \u202f\u00a0]+$/g, '');
}

export function dropHallucinations(text: string): string {
  let cleaned = text;
  for (const pattern of HALLUCINATIONS) cleaned = cleaned.replace(pattern, ' ');
  return cleaned.replace(/\s+/g, ' ').trim();
}

const fold = (value: string) => value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

export function applyReplacements(text: string, replacements: readonly Replacement[]): string {
  if (replacements.length === 0) return text;
  const source = text.normalize('NFC');
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+');
  // One pass with every spoken form, longest first: a replaced span is never replaced again
  // ("docteur fontaine" → "Dr Claire Fontaine" is not then caught by "fontaine").
  const ordered = [...replacements].sort((a, b) => b.spoken.length - a.spoken.length);
  const pattern = new RegExp(`(?<![\\p{L}\\d])(?:${ordered.map((r) => `(${escape(fold(r.spoken))})`).join('|')})(?![\\p{L}\\d])`, 'gu');
  let result = '';
  let cursor = 0;
  // Folding keeps one code unit per NFC letter, so positions in the folded text are positions in the source.
  for (const match of fold(source).matchAll(pattern)) {
    const start = match.index ?? 0;
    const which = match.slice(1).findIndex((group) => group !== undefined);
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
