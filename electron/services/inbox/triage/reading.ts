import { findConcepts, type Occurrence } from './concepts.js';
import type { SenderKind } from '../../../api/common/schemas/inbox-protocol.js';
import { countedBody } from './message-text.js';
import type { CompiledProtocol, MessageIndex } from './rule-match.js';
import { tokenize, type Token } from './tokens.js';

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

/**
 * A message as the protocol reads it (issue 23): the words that count, tokenised, every concept
 * found with its context, and the time since an operation, from the record or the text.
 */
export interface Reading {
  readonly tokens: readonly Token[];
  readonly texts: Record<Token['part'], string>;
  readonly index: MessageIndex;
  readonly occurrences: readonly Occurrence[];
  readonly bodyWords: number;
  readonly operatedDaysAgo: number | null;
}

export function readMessage(compiled: CompiledProtocol, facts: MessageFacts): Reading {
  const subject = facts.isReply ? '' : facts.subject;
  const body = countedBody(facts.body, { names: facts.practice ?? [] });
  const subjectTokens = tokenize(subject, 'subject');
  const bodyTokens = tokenize(body, 'body', 100_000);
  const tokens = [...subjectTokens, ...bodyTokens];
  const given = facts.sentAt ? new Date(facts.sentAt) : null;
  // An unreadable date counts as now, for the time since an operation and the year alike.
  const sentAt = given && !Number.isNaN(given.getTime()) ? given : new Date();
  const texts = { subject, body };
  const occurrences = findConcepts(compiled.concepts, {
    tokens,
    texts,
    sentAt,
    operatedDaysAgo: facts.operatedDaysAgo,
  });
  const byConcept = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    const list = byConcept.get(occurrence.concept);
    if (list) list.push(occurrence);
    else byConcept.set(occurrence.concept, [occurrence]);
  }
  const textDays = occurrences.find((occurrence) => occurrence.days !== undefined)?.days ?? null;
  const days = [facts.operatedDaysAgo, textDays].filter((value): value is number => value !== null);
  return {
    tokens,
    texts,
    index: { tokens, occurrences: byConcept, year: sentAt.getUTCFullYear(), wordPlaces: new Map() },
    occurrences,
    bodyWords: bodyTokens.length,
    operatedDaysAgo: days.length ? Math.min(...days) : null,
  };
}
