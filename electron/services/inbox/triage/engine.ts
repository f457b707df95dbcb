import {
  CATEGORY_CODES,
  quotedEvidence,
  type CategoryCode,
  type SenderKind,
  type TriageReason,
  type TriageRule,
} from '../../../api/schemas/inbox-protocol.js';
import { findConcepts, type Occurrence } from './concepts.js';
import { STATUS_LABELS } from './context.js';
import { countedBody } from './message-text.js';
import { mayMatch, phraseMatches, type CompiledProtocol, type MessageIndex, type PhraseMatch } from './rule-match.js';
import { tokenize, type Token } from './tokens.js';

export { compileProtocol, type CompiledProtocol } from './rule-match.js';

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
  /** When it was sent: « opéré le 9 avril » is counted from there (now when unknown). */
  readonly sentAt?: string | null;
  /** The practice's addresses and names: its own earlier messages, quoted, do not count. */
  readonly practice?: readonly string[];
}

export interface TriageResult {
  readonly category: CategoryCode;
  readonly reasons: TriageReason[];
  /** The rules that decided the category (the ones a correction is counted against). */
  readonly decidingRules: string[];
  /** A sign of alarm was found that no rule of its level decided: a person checks it (issue 23). */
  readonly toVerify: boolean;
}

const EMERGENCIES: readonly CategoryCode[] = ['urgence-immediate', 'urgence-jour'];
const rank = (category: CategoryCode) => CATEGORY_CODES.indexOf(category);
const DEFAULT_WEIGHT = 2;

function conditionsHold(
  rule: TriageRule,
  facts: MessageFacts,
  bodyWords: number,
  operatedDaysAgo: number | null,
): string[] | null {
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
    if (operatedDaysAgo === null || operatedDaysAgo > rule.operatedWithinDays) return null;
    evidence.push(`opéré il y a ${operatedDaysAgo} jour${operatedDaysAgo > 1 ? 's' : ''}`);
  }
  if (rule.openWorkAccident !== undefined) {
    if (rule.openWorkAccident !== facts.openWorkAccident) return null;
    if (rule.openWorkAccident) evidence.push('accident du travail en cours');
  }
  return evidence;
}

interface Reading {
  readonly tokens: readonly Token[];
  readonly texts: Record<Token['part'], string>;
  readonly index: MessageIndex;
  readonly occurrences: readonly Occurrence[];
  readonly bodyWords: number;
  readonly operatedDaysAgo: number | null;
}

function readMessage(compiled: CompiledProtocol, facts: MessageFacts): Reading {
  const subject = facts.isReply ? '' : facts.subject;
  const body = countedBody(facts.body, { names: facts.practice ?? [] });
  const subjectTokens = tokenize(subject, 'subject');
  const bodyTokens = tokenize(body, 'body', 100_000);
  const tokens = [...subjectTokens, ...bodyTokens];
  const sentAt = facts.sentAt ? new Date(facts.sentAt) : new Date();
  const texts = { subject, body };
  const occurrences = findConcepts(compiled.concepts, {
    tokens,
    texts,
    sentAt: Number.isNaN(sentAt.getTime()) ? new Date() : sentAt,
    operatedDaysAgo: facts.operatedDaysAgo,
  });
  const byConcept = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    const list = byConcept.get(occurrence.concept);
    if (list) list.push(occurrence);
    else byConcept.set(occurrence.concept, [occurrence]);
  }
  const operation = occurrences.find((occurrence) => occurrence.fact);
  const textDays = operation?.fact ? Number(/\d+/.exec(operation.fact)?.[0]) : null;
  const days = [facts.operatedDaysAgo, textDays].filter(
    (value): value is number => value !== null && !Number.isNaN(value),
  );
  return {
    tokens,
    texts,
    index: { tokens, occurrences: byConcept, year: sentAt.getUTCFullYear(), wordPlaces: new Map() },
    occurrences,
    bodyWords: bodyTokens.length,
    operatedDaysAgo: days.length ? Math.min(...days) : null,
  };
}

/** « index » (doigt), « blanc comme un linge » (blanc, pâle ou bleu): the words and the concept they stand for. */
function evidenceOf(match: PhraseMatch, reading: Reading, compiled: CompiledProtocol): string[] {
  const { tokens, texts } = reading;
  const out = match.spans.map(([first, last]) => {
    const head = tokens[first] as Token;
    const words = texts[head.part].slice(head.start, (tokens[last] as Token).end);
    const concept = reading.occurrences.find(
      (occurrence) => occurrence.first === first && occurrence.last === last,
    )?.concept;
    const label = concept ? compiled.concepts.byId.get(concept)?.label : undefined;
    return label ? `« ${words} » (${label})` : words;
  });
  return [...out, ...match.facts];
}

function matchRule(
  compiledRule: CompiledProtocol['rules'][number],
  reading: Reading,
  facts: MessageFacts,
  compiled: CompiledProtocol,
): TriageReason | null {
  const { rule, groups, unless } = compiledRule;
  const conditions = conditionsHold(rule, facts, reading.bodyWords, reading.operatedDaysAgo);
  if (!conditions) return null;
  // A figure of speech never counts; other readings only for a rule that negations cancel.
  const counts = (match: PhraseMatch) =>
    match.status !== 'figurative' && (!rule.negatable || match.status === 'current');
  const spans: TriageReason['spans'] = [];
  const evidence: string[] = [];
  for (const group of groups) {
    let matched = false;
    for (const phrase of group)
      for (const match of phraseMatches(phrase, reading.index)) {
        if (!counts(match)) continue;
        matched = true;
        for (const [first, last] of match.spans) {
          const head = reading.tokens[first] as Token;
          spans.push({ part: head.part, start: head.start, end: (reading.tokens[last] as Token).end });
        }
        evidence.push(...evidenceOf(match, reading, compiled));
      }
    if (!matched) return null;
  }
  // « Sauf si » last: most rules fail on their words first, and the exceptions cost as much to read.
  if (unless.some((phrase) => phraseMatches(phrase, reading.index).some((match) => match.status === 'current')))
    return null;
  return {
    ruleId: rule.id,
    label: rule.label,
    category: rule.category,
    evidence: [...new Set([...evidence, ...conditions])],
    spans,
  };
}

/** Signs of alarm present and current that no emergency rule used: the safety floor (issue 23). */
function floorReason(reading: Reading, compiled: CompiledProtocol): TriageReason | null {
  const alarms = reading.occurrences.filter(
    (occurrence) =>
      occurrence.status === 'current' && occurrence.first >= 0 && compiled.concepts.byId.get(occurrence.concept)?.alarm,
  );
  if (!alarms.length) return null;
  return {
    ruleId: 'plancher-alarme',
    label: 'Signe d’alarme sans règle de son niveau : au moins urgence du jour, à vérifier',
    category: 'urgence-jour',
    evidence: [
      ...new Set(
        alarms.map((occurrence) => {
          const head = reading.tokens[occurrence.first] as Token;
          const words = reading.texts[head.part].slice(head.start, (reading.tokens[occurrence.last] as Token).end);
          return `« ${words} » (${compiled.concepts.byId.get(occurrence.concept)?.label ?? occurrence.concept})`;
        }),
      ),
    ],
    spans: alarms.map((occurrence) => {
      const head = reading.tokens[occurrence.first] as Token;
      return { part: head.part, start: head.start, end: (reading.tokens[occurrence.last] as Token).end };
    }),
  };
}

/** An emergency rule switched off that would have matched: held at « urgence du jour », to be checked. */
function dormantReason(reading: Reading, facts: MessageFacts, compiled: CompiledProtocol): TriageReason | null {
  for (const dormant of compiled.dormant) {
    if (!mayMatch(dormant, reading.index)) continue;
    const reason = matchRule(dormant, reading, facts, compiled);
    if (reason)
      return {
        ...reason,
        ruleId: 'plancher-alarme',
        label: `Règle d’urgence désactivée « ${dormant.rule.label} » : au moins urgence du jour, à vérifier`,
        category: 'urgence-jour',
      };
  }
  return null;
}

/**
 * The category of a message and every reason for it; the same code serves sync, the CLI, the
 * bench and Cabinet's tester. The order of decision: a rule that decides alone (a newsletter);
 * else the most urgent emergency rule; else the safety floor; else, among the other categories,
 * the heaviest rule (ties to the more urgent category); else the protocol's fallback.
 */
export function triage(compiled: CompiledProtocol, facts: MessageFacts): TriageResult {
  const reading = readMessage(compiled, facts);
  const matched: { reason: TriageReason; rule: TriageRule }[] = [];
  for (const compiledRule of compiled.rules) {
    if (!mayMatch(compiledRule, reading.index)) continue;
    const reason = matchRule(compiledRule, reading, facts, compiled);
    if (reason) matched.push({ reason, rule: compiledRule.rule });
  }
  const weightOf = (rule: TriageRule) => rule.weight ?? DEFAULT_WEIGHT;
  const byStrength = (a: (typeof matched)[number], b: (typeof matched)[number]) =>
    weightOf(b.rule) - weightOf(a.rule) || rank(a.reason.category) - rank(b.reason.category);
  const finals = matched.filter(({ rule }) => rule.final).sort(byStrength);
  const emergencies = matched
    .filter(({ reason }) => EMERGENCIES.includes(reason.category))
    .sort((a, b) => rank(a.reason.category) - rank(b.reason.category));
  const others = matched
    .filter(({ reason, rule }) => !rule.final && !EMERGENCIES.includes(reason.category))
    .sort(byStrength);
  let winner = finals[0] ?? emergencies[0] ?? null;
  let toVerify = Boolean(finals[0] && emergencies[0]);
  const reasons = matched.map(({ reason }) => reason);
  if (!winner) {
    const floor = floorReason(reading, compiled) ?? dormantReason(reading, facts, compiled);
    if (floor) {
      reasons.push(floor);
      winner = { reason: floor, rule: { id: floor.ruleId } as TriageRule };
      toVerify = true;
    }
  }
  winner ??= others[0] ?? null;
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
      toVerify: false,
    };
  }
  const category = winner.reason.category;
  // The deciding reason first, then the others from the most urgent.
  reasons.sort(
    (a, b) => Number(b === winner.reason) - Number(a === winner.reason) || rank(a.category) - rank(b.category),
  );
  // First, so the queue's line says it too: a rule decided alone over a sign of alarm.
  if (toVerify && finals[0])
    reasons.unshift({
      ruleId: 'a-verifier',
      label: `À vérifier : un signe d’alarme a aussi été trouvé (${emergencies[0]?.reason.label ?? ''})`,
      category: emergencies[0]?.reason.category ?? category,
      evidence: [],
      spans: [],
    });
  return {
    category,
    reasons,
    decidingRules: reasons
      .filter((reason) => reason.category === category && reason.ruleId !== 'a-verifier')
      .map((reason) => reason.ruleId),
    toVerify,
  };
}

/** One line of reasons, as the CLI prints them: « label : mot, mot ». */
export function reasonLines(reasons: readonly TriageReason[]): string[] {
  return reasons.map((reason) =>
    reason.evidence.length ? `${reason.label} : ${reason.evidence.map(quotedEvidence).join(', ')}` : reason.label,
  );
}

export { STATUS_LABELS };
