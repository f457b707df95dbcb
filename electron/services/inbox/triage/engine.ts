import {
  CATEGORY_CODES,
  type CategoryCode,
  type SenderKind,
  type TriageProtocol,
  type TriageReason,
  type TriageRule,
} from '../../../api/schemas/inbox-protocol.js';
import { blankQuotedReply, foldWord, tokenize, type Token } from './tokens.js';

/** What the protocol knows about a message besides its words. */
export interface MessageFacts {
  readonly subject: string;
  readonly body: string;
  /** A reply repeats the earlier subject: only its own words count. */
  readonly isReply: boolean;
  readonly photoNames: readonly string[];
  readonly sender: SenderKind;
  /** Days since the linked patient's last operation, when there is one. */
  readonly operatedDaysAgo: number | null;
  readonly openWorkAccident: boolean;
}

export interface TriageResult {
  readonly category: CategoryCode;
  readonly reasons: TriageReason[];
  /** The rules that decided the category (the ones a correction is counted against). */
  readonly decidingRules: string[];
}

interface PhraseWord {
  readonly text: string;
  readonly prefix: boolean;
}
interface Phrase {
  readonly words: readonly PhraseWord[];
}
interface CompiledRule {
  readonly rule: TriageRule;
  readonly groups: readonly (readonly Phrase[])[];
  readonly unless: readonly Phrase[];
}

/** Words a phrase may skip between two of its own ("doigt tout blanc" for "doigt blanc"). */
const MAX_GAP = 3;
const NEGATIONS = new Set(['pas', 'aucun', 'aucune', 'sans', 'ni', 'jamais', 'rien', 'no', 'not', 'without', 'never']);
/** Words after a sign that say it is over: "le saignement s'est arrêté". */
const RESOLVED = new Set([
  'arrete',
  'arretee',
  'stoppe',
  'stoppee',
  'disparu',
  'disparue',
  'gueri',
  'guerie',
  'stopped',
]);

function compilePhrase(raw: string): Phrase {
  const words = raw
    .split(/[^\p{L}\p{N}*]+/u)
    .filter(Boolean)
    .map((word) => {
      const folded = foldWord(word);
      const prefix = folded.endsWith('*') && folded.length > 3;
      return { text: folded.replace(/\*+$/, ''), prefix };
    })
    .filter((word) => word.text.length > 0);
  return { words };
}

export interface CompiledProtocol {
  readonly protocol: TriageProtocol;
  readonly rules: readonly CompiledRule[];
}

export function compileProtocol(protocol: TriageProtocol): CompiledProtocol {
  return {
    protocol,
    rules: protocol.rules
      .filter((rule) => rule.enabled)
      .map((rule) => ({
        rule,
        groups: rule.groups.map((group) => group.map(compilePhrase).filter((phrase) => phrase.words.length > 0)),
        unless: rule.unless.map(compilePhrase).filter((phrase) => phrase.words.length > 0),
      })),
  };
}

const wordMatches = (word: PhraseWord, token: Token) =>
  word.prefix ? token.word.startsWith(word.text) : token.word === word.text;

/**
 * Where each word of the message is: a phrase is looked up by its first word (a prefix by binary
 * search in the sorted words), so triage costs little more than reading the message once.
 */
interface MessageIndex {
  readonly tokens: readonly Token[];
  readonly positions: ReadonlyMap<string, readonly number[]>;
  readonly sortedWords: readonly string[];
}

function indexMessage(tokens: readonly Token[]): MessageIndex {
  const positions = new Map<string, number[]>();
  tokens.forEach((token, index) => {
    const list = positions.get(token.word);
    if (list) list.push(index);
    else positions.set(token.word, [index]);
  });
  return { tokens, positions, sortedWords: [...positions.keys()].sort() };
}

function startsOf(word: PhraseWord, index: MessageIndex): number[] {
  if (!word.prefix) return [...(index.positions.get(word.text) ?? [])];
  const { sortedWords } = index;
  let low = 0;
  let high = sortedWords.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sortedWords[middle] as string) < word.text) low = middle + 1;
    else high = middle;
  }
  const starts: number[] = [];
  for (let at = low; at < sortedWords.length && (sortedWords[at] as string).startsWith(word.text); at += 1)
    starts.push(...(index.positions.get(sortedWords[at] as string) ?? []));
  return starts;
}

/** Every place the phrase occurs, as [first, last] token indexes. */
function occurrences(phrase: Phrase, index: MessageIndex): [number, number][] {
  const { tokens } = index;
  const found: [number, number][] = [];
  const [first, ...rest] = phrase.words;
  if (!first) return found;
  for (const start of startsOf(first, index)) {
    let at = start;
    let complete = true;
    for (const word of rest) {
      let next = -1;
      for (let look = at + 1; look <= at + 1 + MAX_GAP && look < tokens.length; look += 1) {
        if ((tokens[look] as Token).part !== (tokens[at] as Token).part) break;
        if (wordMatches(word, tokens[look] as Token)) {
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
    if (complete) found.push([start, at]);
  }
  return found;
}

/** A negation before the words, or a word saying it is over just after, in the same clause. */
function negated(tokens: readonly Token[], [first, last]: [number, number]): boolean {
  const clause = (tokens[first] as Token).clause;
  for (let look = first - 1; look >= Math.max(0, first - 4); look -= 1) {
    const token = tokens[look] as Token;
    if (token.clause !== clause) break;
    if (NEGATIONS.has(token.word)) return true;
    // "plus de fièvre" negates; "de plus en plus rouge" does not.
    if (token.word === 'plus' && tokens[look - 1]?.word !== 'en' && tokens[look + 1]?.word !== 'en') {
      const before = tokens.slice(Math.max(0, look - 3), look).map((t) => t.word);
      if (before.includes('n') || before.includes('ne') || tokens[look + 1]?.word === 'de') return true;
    }
  }
  for (let look = last + 1; look <= last + 4 && look < tokens.length; look += 1) {
    const token = tokens[look] as Token;
    if (token.clause !== clause) break;
    if (RESOLVED.has(token.word)) return true;
    if (token.word === 'pas' || token.word === 'not') return true;
  }
  return false;
}

function conditionsHold(rule: TriageRule, facts: MessageFacts, bodyWords: number): string[] | null {
  const evidence: string[] = [];
  if (rule.photo !== undefined) {
    if (rule.photo !== facts.photoNames.length > 0) return null;
    if (rule.photo) evidence.push(`photo jointe (${facts.photoNames.join(', ')})`);
  }
  if (rule.maxWords !== undefined) {
    if (bodyWords > rule.maxWords) return null;
    evidence.push(`message court (${bodyWords} mots)`);
  }
  if (rule.sender !== undefined) {
    if (rule.sender !== facts.sender) return null;
    evidence.push(
      `expéditeur : ${{ patient: 'patient connu', doctor: 'médecin', laboratory: 'laboratoire ou imagerie', unknown: 'inconnu' }[rule.sender]}`,
    );
  }
  if (rule.operatedWithinDays !== undefined) {
    if (facts.operatedDaysAgo === null || facts.operatedDaysAgo > rule.operatedWithinDays) return null;
    evidence.push(`opéré il y a ${facts.operatedDaysAgo} jour${facts.operatedDaysAgo > 1 ? 's' : ''}`);
  }
  if (rule.openWorkAccident !== undefined) {
    if (rule.openWorkAccident !== facts.openWorkAccident) return null;
    if (rule.openWorkAccident) evidence.push('accident du travail en cours');
  }
  return evidence;
}

/** The category of a message and every reason for it; the same code serves sync, the CLI and the bench. */
export function triage(compiled: CompiledProtocol, facts: MessageFacts): TriageResult {
  const subjectTokens = facts.isReply ? [] : tokenize(facts.subject, 'subject');
  const bodyText = blankQuotedReply(facts.body);
  const bodyTokens = tokenize(bodyText, 'body', 100_000);
  const tokens = [...subjectTokens, ...bodyTokens];
  const index = indexMessage(tokens);
  const sourceOf = (part: Token['part']) => (part === 'subject' ? facts.subject : facts.body);
  const reasons: TriageReason[] = [];
  for (const { rule, groups, unless } of compiled.rules) {
    const facts_ = conditionsHold(rule, facts, bodyTokens.length);
    if (!facts_) continue;
    if (unless.some((phrase) => occurrences(phrase, index).length > 0)) continue;
    const spans: TriageReason['spans'] = [];
    const evidence: string[] = [];
    const allGroupsMatch = groups.every((group) => {
      let matched = false;
      for (const phrase of group) {
        for (const occurrence of occurrences(phrase, index)) {
          if (rule.negatable && negated(tokens, occurrence)) continue;
          const first = tokens[occurrence[0]] as Token;
          const last = tokens[occurrence[1]] as Token;
          spans.push({ part: first.part, start: first.start, end: last.end });
          evidence.push(sourceOf(first.part).slice(first.start, last.end));
          matched = true;
        }
      }
      return matched;
    });
    if (!allGroupsMatch) continue;
    reasons.push({
      ruleId: rule.id,
      label: rule.label,
      category: rule.category,
      evidence: [...new Set([...evidence, ...facts_])],
      spans,
    });
  }
  const rank = (category: CategoryCode) => CATEGORY_CODES.indexOf(category);
  reasons.sort((a, b) => rank(a.category) - rank(b.category));
  const winner = reasons[0];
  if (!winner) {
    const fallback = compiled.protocol.fallback;
    return {
      category: fallback,
      reasons: [
        {
          ruleId: 'aucune-regle',
          label: 'Aucune règle ne correspond : à lire par une personne',
          category: fallback,
          evidence: [],
          spans: [],
        },
      ],
      decidingRules: [],
    };
  }
  return {
    category: winner.category,
    reasons,
    decidingRules: reasons.filter((reason) => reason.category === winner.category).map((reason) => reason.ruleId),
  };
}

/** One line of reasons, as the CLI prints them: « label : mot, mot ». */
export function reasonLines(reasons: readonly TriageReason[]): string[] {
  return reasons.map((reason) =>
    reason.evidence.length ? `${reason.label} : ${reason.evidence.map((e) => `« ${e} »`).join(', ')}` : reason.label,
  );
}
