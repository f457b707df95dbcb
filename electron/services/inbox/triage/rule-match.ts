import type { TriageProtocol } from '../../../api/common/schemas/inbox-protocol.js';
import {
  compileConcepts,
  patternWords,
  wordMatches,
  type CompiledConcepts,
  type Occurrence,
  type PatternWord,
} from './concepts.js';
import { statusOf, type SignStatus } from './context.js';
import type { Token } from './tokens.js';

/**
 * A rule's phrase, compiled (issue 23): its elements are concepts (« @doigt ») or plain words.
 * Plain words alone keep the protocol's first reading (in order, three other words allowed
 * between them); a phrase with a concept asks for its elements in one sentence, close together,
 * in any order (« le bout de l'index est devenu tout blanc », « blanc, le pouce »); joined by « & »,
 * anywhere in one sentence.
 */
export type Element = { readonly concept: string } | { readonly word: PatternWord };
export interface CompiledPhrase {
  readonly raw: string;
  readonly elements: readonly Element[];
  readonly usesConcepts: boolean;
  /** Written « @a & @b »: both in one sentence, however far apart. */
  readonly sameSentence: boolean;
}

export const compilePhrase = (raw: string): CompiledPhrase => {
  const elements: Element[] = patternWords(raw.replace(/&/g, ' ')).map((word) =>
    word.text.startsWith('@') ? { concept: word.text.slice(1) } : { word },
  );
  return {
    raw,
    elements,
    usesConcepts: elements.some((element) => 'concept' in element),
    sameSentence: raw.includes('&'),
  };
};

export interface PhraseMatch {
  readonly spans: readonly (readonly [number, number])[];
  readonly status: SignStatus;
  readonly concepts: readonly string[];
  readonly facts: readonly string[];
}

/** Words of one phrase may skip this many others (plain words), or lie this far apart (concepts). */
const WORD_GAP = 3;
const NEAR = 12;

export interface MessageIndex {
  readonly tokens: readonly Token[];
  readonly occurrences: ReadonlyMap<string, readonly Occurrence[]>;
  readonly year: number;
  readonly wordPlaces: Map<string, number[]>;
}

/** Where a plain word of a phrase is in the message; remembered for the message's other rules. */
function wordPlaces(index: MessageIndex, word: PatternWord): number[] {
  const key = `${word.prefix ? '*' : word.exact ? '=' : ''}${word.stem}`;
  const known = index.wordPlaces.get(key);
  if (known) return known;
  const places: number[] = [];
  index.tokens.forEach((token, at) => {
    if (wordMatches(word, token, null)) places.push(at);
  });
  index.wordPlaces.set(key, places);
  return places;
}

const worst = (statuses: readonly SignStatus[]): SignStatus =>
  statuses.find((status) => status !== 'current') ?? 'current';

function plainMatches(phrase: CompiledPhrase, index: MessageIndex): PhraseMatch[] {
  const { tokens } = index;
  const words = phrase.elements.map((element) => ('word' in element ? element.word : null));
  const [first, ...rest] = words;
  if (!first || words.some((word) => word === null)) return [];
  const found: PhraseMatch[] = [];
  for (const start of wordPlaces(index, first)) {
    let at = start;
    let complete = true;
    for (const word of rest as PatternWord[]) {
      let next = -1;
      for (let look = at + 1; look <= at + 1 + WORD_GAP && look < tokens.length; look += 1) {
        if ((tokens[look] as Token).part !== (tokens[at] as Token).part) break;
        if (wordMatches(word, tokens[look] as Token, null)) {
          next = look;
          break;
        }
      }
      if (next < 0) {
        complete = false;
        break;
      }
      at = next;
    }
    if (complete)
      found.push({
        spans: [[start, at]],
        status: statusOf(tokens, start, at, false, index.year),
        concepts: [],
        facts: [],
      });
  }
  return found;
}

interface Place {
  readonly first: number;
  readonly last: number;
  readonly status: SignStatus;
  readonly concept?: string;
  readonly fact?: string;
}

const NOWHERE: readonly Place[] = [];

function placesOf(element: Element, index: MessageIndex): readonly Place[] {
  // An occurrence is a place already (its status read only if the phrase gets that far).
  if ('concept' in element) return index.occurrences.get(element.concept) ?? NOWHERE;
  return wordPlaces(index, element.word).map((at) => ({
    first: at,
    last: at,
    status: statusOf(index.tokens, at, at, false, index.year),
  }));
}

const distance = (a: Place, b: Place) =>
  a.last < b.first ? b.first - a.last : a.first > b.last ? a.first - b.last : 0;

function nearMatches(phrase: CompiledPhrase, index: MessageIndex): PhraseMatch[] {
  const { tokens } = index;
  const places = phrase.elements.map((element) => placesOf(element, index));
  if (places.some((list) => list.length === 0)) return [];
  const [firstPlaces = NOWHERE, ...others] = places;
  const found: PhraseMatch[] = [];
  for (const anchor of firstPlaces) {
    const chosen: Place[] = [anchor];
    let complete = true;
    for (const candidates of others) {
      let best: Place | null = null;
      for (const place of candidates) {
        if (place.fact || anchor.fact) {
          best ??= place;
          continue;
        }
        if ((tokens[place.first] as Token).sentence !== (tokens[anchor.first] as Token).sentence) continue;
        if (!phrase.sameSentence && distance(anchor, place) > NEAR) continue;
        if (!best || best.fact || distance(anchor, place) < distance(anchor, best)) best = place;
      }
      if (!best) {
        complete = false;
        break;
      }
      chosen.push(best);
    }
    if (!complete) continue;
    found.push({
      spans: chosen.filter((place) => !place.fact).map((place) => [place.first, place.last] as const),
      status: worst(chosen.map((place) => place.status)),
      concepts: chosen.flatMap((place) => (place.concept ? [place.concept] : [])),
      facts: chosen.flatMap((place) => (place.fact ? [place.fact] : [])),
    });
  }
  return found;
}

export function phraseMatches(phrase: CompiledPhrase, index: MessageIndex): PhraseMatch[] {
  if (phrase.elements.length === 0) return [];
  return phrase.usesConcepts ? nearMatches(phrase, index) : plainMatches(phrase, index);
}

export interface CompiledRule {
  readonly rule: TriageProtocol['rules'][number];
  readonly groups: readonly (readonly CompiledPhrase[])[];
  readonly unless: readonly CompiledPhrase[];
  /**
   * For each group whose every phrase names a concept, the concepts one of which must be in the
   * message for the group to match: a rule is passed over without reading its phrases otherwise.
   */
  readonly needs: readonly (readonly string[])[];
}

const needsOf = (groups: readonly (readonly CompiledPhrase[])[]): string[][] =>
  groups.flatMap((group) => {
    const anchors = group.map((phrase) => phrase.elements.find((element) => 'concept' in element));
    return anchors.every((anchor) => anchor !== undefined)
      ? [anchors.map((anchor) => (anchor as { concept: string }).concept)]
      : [];
  });

/** Whether a rule can match at all, by the concepts the message holds. */
export const mayMatch = (rule: CompiledRule, index: MessageIndex): boolean =>
  rule.needs.every((concepts) => concepts.some((concept) => index.occurrences.has(concept)));

export interface CompiledProtocol {
  readonly protocol: TriageProtocol;
  readonly concepts: CompiledConcepts;
  readonly rules: readonly CompiledRule[];
  /**
   * Emergency rules switched off: they decide nothing, but what they would catch is still held at
   * « urgence du jour » at least, to be checked (issue 23: switching a rule off never drops an emergency silently).
   */
  readonly dormant: readonly CompiledRule[];
}

/** The protocol read once: its concepts' words stemmed and indexed, its rules' phrases parsed. */
export function compileProtocol(protocol: TriageProtocol): CompiledProtocol {
  return {
    protocol,
    concepts: compileConcepts(protocol.concepts),
    rules: protocol.rules.filter((rule) => rule.enabled).map(compileRule),
    dormant: protocol.rules
      .filter((rule) => !rule.enabled && (rule.category === 'urgence-immediate' || rule.category === 'urgence-jour'))
      .map(compileRule),
  };
}

function compileRule(rule: TriageProtocol['rules'][number]): CompiledRule {
  const groups = rule.groups.map((group) => group.map(compilePhrase).filter((phrase) => phrase.elements.length > 0));
  return {
    rule,
    groups,
    unless: rule.unless.map(compilePhrase).filter((phrase) => phrase.elements.length > 0),
    needs: needsOf(groups),
  };
}
