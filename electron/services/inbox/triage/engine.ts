import {
  CATEGORY_CODES,
  quotedEvidence,
  type CategoryCode,
  type TriageReason,
  type TriageRule,
} from '../../../api/common/schemas/inbox-protocol.js';
import { STATUS_LABELS } from './context.js';
import { dormantReason, floorReason, matchRule } from './reasons.js';
import { mayMatch, type CompiledProtocol } from './rule-match.js';
import { readMessage, type MessageFacts } from './reading.js';

export { compileProtocol, type CompiledProtocol } from './rule-match.js';
export type { MessageFacts } from './reading.js';

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
