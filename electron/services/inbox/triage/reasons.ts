import type { TriageReason, TriageRule } from '../../../api/common/schemas/inbox-protocol.js';
import type { Reading, MessageFacts } from './reading.js';
import { mayMatch, phraseMatches, type CompiledProtocol, type PhraseMatch } from './rule-match.js';
import type { Token } from './tokens.js';
import { countOf } from '../../../api/common/french.js';

/**
 * Each rule's reason for a message, or none (issue 23): its conditions, then its phrases, then its
 * exceptions; and the safety floor's reasons, from alarm concepts or emergency rules switched off.
 */
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
    evidence.push(`opéré il y a ${countOf(operatedDaysAgo, 'jour')}`);
  }
  if (rule.openWorkAccident !== undefined) {
    if (rule.openWorkAccident !== facts.openWorkAccident) return null;
    if (rule.openWorkAccident) evidence.push('accident du travail en cours');
  }
  return evidence;
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

/**
 * Each written word once: « doigt » found by two concepts (main, doigt) or written twice
 * (« Doigt », « doigt ») is shown with its first reading only.
 */
function onceEach(evidence: readonly string[]): string[] {
  const seen = new Set<string>();
  return evidence.filter((item) => {
    const words = (/^« (.*) » \(/.exec(item)?.[1] ?? item).toLowerCase();
    if (seen.has(words)) return false;
    seen.add(words);
    return true;
  });
}

export function matchRule(
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
    evidence: onceEach([...evidence, ...conditions]),
    spans,
  };
}

/** Signs of alarm present and current that no emergency rule used: the safety floor (issue 23). */
export function floorReason(reading: Reading, compiled: CompiledProtocol): TriageReason | null {
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
export function dormantReason(reading: Reading, facts: MessageFacts, compiled: CompiledProtocol): TriageReason | null {
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
