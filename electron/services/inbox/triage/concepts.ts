import type { TriageConcept } from '../../../api/common/schemas/inbox-protocol.js';
import { statusOf, type SignStatus } from './context.js';
import { mentionsOperation, operatedDaysAgoInText, temperatures } from './measures.js';
import { spellingIndex, type SpellingIndex } from './spelling.js';
import { stemOf } from './stem.js';
import { foldWord, type Token } from './tokens.js';
import { countOf } from '../../../api/common/french.js';

/** One word of a term or a rule's phrase: by stem, or by its beginning when written with a star. */
export interface PatternWord {
  readonly text: string;
  readonly stem: string;
  readonly prefix: boolean;
  /** Written « =glacee »: this word exactly, not its stem (« glacé » and « glace » share one). */
  readonly exact?: boolean;
}

export function patternWords(raw: string): PatternWord[] {
  return raw
    .split(/[^\p{L}\p{N}*@=-]+/u)
    .flatMap((word) => (word.startsWith('@') ? [word] : word.split('-')))
    .filter(Boolean)
    .map((word) => {
      if (word.startsWith('@')) return { text: word, stem: word, prefix: false };
      if (word.startsWith('=')) {
        const exact = foldWord(word.slice(1));
        return { text: exact, stem: `=${exact}`, prefix: false, exact: true };
      }
      const folded = foldWord(word);
      const prefix = folded.endsWith('*') && folded.length > 3;
      const text = folded.replace(/\*+$/, '');
      return { text, stem: prefix ? text : stemOf(text), prefix };
    })
    .filter((word) => word.text.length > 0);
}

export const wordMatches = (word: PatternWord, token: Token, corrected: string | null) =>
  word.exact
    ? token.word === word.text
    : word.prefix
      ? token.word.startsWith(word.text) || (corrected !== null && corrected.startsWith(word.text))
      : token.stem === word.stem || token.word === word.text || (corrected !== null && stemOf(corrected) === word.stem);

interface CompiledTerm {
  readonly concept: string;
  readonly words: readonly PatternWord[];
  readonly masks: boolean;
}

export interface CompiledConcepts {
  readonly byId: ReadonlyMap<string, TriageConcept>;
  /** Terms by the stem of their first word; terms whose first word has a star, by its first three letters. */
  readonly byStem: ReadonlyMap<string, readonly CompiledTerm[]>;
  readonly byPrefix: ReadonlyMap<string, readonly CompiledTerm[]>;
  readonly spelling: SpellingIndex;
  readonly measured: readonly TriageConcept[];
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function compileConcepts(concepts: readonly TriageConcept[]): CompiledConcepts {
  const byStem = new Map<string, CompiledTerm[]>();
  const byPrefix = new Map<string, CompiledTerm[]>();
  const vocabulary = new Set<string>();
  for (const concept of concepts) {
    if (concept.kind !== 'words') continue;
    for (const raw of concept.terms) {
      const words = patternWords(raw);
      const [first] = words;
      if (!first) continue;
      const term = { concept: concept.id, words, masks: concept.masks };
      if (first.prefix) push(byPrefix, first.text.slice(0, 3), term);
      else if (first.exact) push(byStem, stemOf(first.text), term);
      else push(byStem, first.stem, term);
      for (const word of words) if (!word.prefix) vocabulary.add(word.text);
    }
  }
  return {
    byId: new Map(concepts.map((concept) => [concept.id, concept])),
    byStem,
    byPrefix,
    spelling: spellingIndex(vocabulary),
    measured: concepts.filter((concept) => concept.kind !== 'words'),
  };
}

export interface Occurrence {
  readonly concept: string;
  readonly first: number;
  readonly last: number;
  readonly status: SignStatus;
  /** A fact rather than words (the record's operation date): no place in the text. */
  readonly fact?: string;
  /** With the fact of an operation: how many days ago. */
  readonly days?: number;
}

const SKIP_NEVER = new Set(['pas', 'plus', 'jamais', 'rien', 'aucun', 'aucune', 'sans', 'ni', 'not', 'no', 'never']);

/** An occurrence whose status is read when a rule asks: most (« mon », « main ») are never looked at that closely. */
class FoundInText implements Occurrence {
  private known: SignStatus | undefined;
  constructor(
    readonly concept: string,
    readonly first: number,
    readonly last: number,
    private readonly tokens: readonly Token[],
    private readonly injury: boolean,
    private readonly year: number,
  ) {}
  get status(): SignStatus {
    this.known ??= statusOf(this.tokens, this.first, this.last, this.injury, this.year);
    return this.known;
  }
}

/** Words a term may skip between two of its own (« bout de mon doigt » for « bout doigt »). */
const TERM_GAP = 2;

function termEnd(
  term: CompiledTerm,
  tokens: readonly Token[],
  start: number,
  corrected: (at: number) => string | null,
): number {
  let at = start;
  for (let index = 1; index < term.words.length; index += 1) {
    const word = term.words[index] as PatternWord;
    let next = -1;
    // A figure of speech is said as it is: its words side by side (« se faire la main », not « se faire écraser la main »).
    const gap = term.masks ? 0 : TERM_GAP;
    for (let look = at + 1; look <= at + 1 + gap && look < tokens.length; look += 1) {
      if ((tokens[look] as Token).sentence !== (tokens[start] as Token).sentence) break;
      // A term never skips a negation: « je ne me suis pas blessé » is not « suis blessé ».
      if (look > at + 1 && SKIP_NEVER.has((tokens[look - 1] as Token).word)) break;
      if (wordMatches(word, tokens[look] as Token, corrected(look))) {
        next = look;
        break;
      }
    }
    if (next < 0) return -1;
    at = next;
  }
  return at;
}

export interface MessageReading {
  readonly tokens: readonly Token[];
  /** Raw text of each part, for measures and evidence. */
  readonly texts: Readonly<Record<Token['part'], string>>;
  readonly sentAt: Date;
  readonly operatedDaysAgo: number | null;
}

/** Every concept found in the message, each with what its context says of it. */
export function findConcepts(compiled: CompiledConcepts, reading: MessageReading): Occurrence[] {
  const { tokens } = reading;
  const year = reading.sentAt.getUTCFullYear();
  const corrections: (string | null | undefined)[] = new Array<string | null | undefined>(tokens.length);
  const corrected = (at: number) => {
    let value = corrections[at];
    if (value === undefined) {
      value = compiled.spelling.correct((tokens[at] as Token).word);
      corrections[at] = value;
    }
    return value;
  };
  const found: Occurrence[] = [];
  const seen = new Map<string, Set<number>>();
  const add = (concept: string, first: number, last: number) => {
    // The same concept found twice at one place by two of its terms (« saign* » and « saignement »).
    let places = seen.get(concept);
    if (!places) seen.set(concept, (places = new Set()));
    const place = first * 100_000 + last;
    if (places.has(place)) return;
    places.add(place);
    found.push(new FoundInText(concept, first, last, tokens, compiled.byId.get(concept)?.injury ?? false, year));
  };
  const tryTerms = (list: readonly CompiledTerm[] | undefined, token: Token, at: number, fix: string | null) => {
    if (!list) return;
    for (const term of list) {
      if (!wordMatches(term.words[0] as PatternWord, token, fix)) continue;
      const end = termEnd(term, tokens, at, corrected);
      if (end >= 0) add(term.concept, at, end);
    }
  };
  for (let at = 0; at < tokens.length; at += 1) {
    const token = tokens[at] as Token;
    const fix = corrected(at);
    tryTerms(compiled.byStem.get(token.stem), token, at, fix);
    if (fix !== null) tryTerms(compiled.byStem.get(stemOf(fix)), token, at, fix);
    tryTerms(compiled.byPrefix.get(token.word.slice(0, 3)), token, at, fix);
  }
  for (const concept of compiled.measured) {
    if (concept.kind === 'temperature') {
      for (const part of ['subject', 'body'] as const)
        for (const measure of temperatures(reading.texts[part])) {
          if (measure.value < (concept.min ?? 38)) continue;
          const first = tokens.findIndex((token) => token.part === part && token.start >= measure.start);
          if (first < 0) continue;
          let last = first;
          while (
            last + 1 < tokens.length &&
            (tokens[last + 1] as Token).part === part &&
            (tokens[last + 1] as Token).end <= measure.end
          )
            last += 1;
          add(concept.id, first, last);
        }
    } else if (concept.kind === 'operation') {
      const within = concept.withinDays ?? 30;
      const raw = `${reading.texts.subject}\n${reading.texts.body}`;
      const inText = mentionsOperation(raw) ? operatedDaysAgoInText(foldWord(raw), reading.sentAt) : null;
      const days = [reading.operatedDaysAgo, inText].filter((value): value is number => value !== null);
      const soonest = days.length ? Math.min(...days) : null;
      if (soonest !== null && soonest <= within)
        found.push({
          concept: concept.id,
          first: -1,
          last: -1,
          status: 'current',
          fact: `opéré il y a ${countOf(soonest, 'jour')}`,
          days: soonest,
        });
    }
  }
  return subjectAsBody(masked(found, compiled), tokens);
}

const TITLE_WORDS = 8;

/**
 * The subject names what the body tells: a sign in the subject that the body also tells, only
 * as negated, past or treated (« CRO – plaie D2 » over a report of a wound sutured in January),
 * takes the body's reading. A sign told in the subject alone stays as it is (issue 23).
 */
function subjectAsBody(found: Occurrence[], tokens: readonly Token[]): Occurrence[] {
  let subjectWords = 0;
  while (subjectWords < tokens.length && (tokens[subjectWords] as Token).part === 'subject') subjectWords += 1;
  if (subjectWords === 0) return found;
  return found.map((occurrence) => {
    if (
      occurrence.first < 0 ||
      (tokens[occurrence.first] as Token).part !== 'subject' ||
      occurrence.status !== 'current'
    )
      return occurrence;
    // Only a title names what the body tells; a subject written as a sentence says something of its own.
    if (subjectWords > TITLE_WORDS) return occurrence;
    const inBody = found.filter(
      (other) =>
        other.concept === occurrence.concept && other.first >= 0 && (tokens[other.first] as Token).part === 'body',
    );
    if (!inBody.length || inBody.some((other) => other.status === 'current')) return occurrence;
    return { ...occurrence, status: (inBody[0] as Occurrence).status };
  });
}

/** Words inside a figure of speech (« un coup de main ») are no sign: their occurrences are set aside. */
function masked(found: Occurrence[], compiled: CompiledConcepts): Occurrence[] {
  const figures = found.filter((occurrence) => compiled.byId.get(occurrence.concept)?.masks);
  if (!figures.length) return found;
  return found.map((occurrence) =>
    occurrence.first >= 0 &&
    !compiled.byId.get(occurrence.concept)?.masks &&
    figures.some((figure) => occurrence.first <= figure.last && occurrence.last >= figure.first)
      ? { ...occurrence, status: 'figurative' as const }
      : occurrence,
  );
}
