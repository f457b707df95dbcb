import { readFileSync } from 'node:fs';
import { DomainError } from '../../api/common/result.js';
import {
  CATEGORY_LABELS,
  urgencyLevel,
  type CategoryCode,
  type ProtocolPreview,
  type TriageProtocol,
} from '../../api/common/schemas/inbox-protocol.js';
import { packagePath } from '../../lib/package-path.js';
import type { MessageRow } from './store.js';
import {
  compileProtocol,
  triage,
  type CompiledProtocol,
  type MessageFacts,
  type TriageResult,
} from './triage/engine.js';
import { agree, countOf } from '../../api/common/french.js';

/**
 * Cabinet › Protocole de tri's tester and guard (issue 23). The tester sorts a pasted or chosen
 * message with the protocol as it is being edited. Before a change is saved, the guard sorts
 * again the messages a secretary corrected and the built-in examples (resources/triage/examples.json,
 * 248 messages written apart from the protocol), lists every message the change would move, and
 * asks for a confirmation when it would sort one less urgently or switch an emergency rule off.
 */
interface Example {
  readonly id: string;
  readonly subject: string;
  readonly body: string;
  readonly expected: CategoryCode;
}

export interface ProtocolGuardDeps {
  readonly current: () => TriageProtocol;
  readonly compiledCurrent: () => CompiledProtocol;
  readonly corrected: (limit: number) => MessageRow[];
  readonly message: (id: number) => MessageRow;
  readonly factsOfRow: (row: MessageRow, patientId: number | null) => MessageFacts;
}

export interface TestMessage {
  readonly subject: string;
  readonly body: string;
  readonly photo: boolean;
  readonly operatedDaysAgo: number | null;
}

export interface ProtocolGuard {
  test(draft: TriageProtocol, message: TestMessage | number): TriageResult & { subject: string; body: string };
  preview(draft: TriageProtocol): ProtocolPreview;
  /** Refuses, naming what, a change that needs a confirmation it was not given. */
  assertSavable(draft: TriageProtocol, confirmed: boolean): void;
}

/** Corrected messages sorted again, at most: the latest ones, so a preview answers in a moment. */
const CORRECTED_LIMIT = 2_000;
const EMERGENCIES: readonly CategoryCode[] = ['urgence-immediate', 'urgence-jour'];
const level = urgencyLevel;

let examples: readonly Example[] | null = null;
const builtInExamples = (): readonly Example[] =>
  (examples ??= JSON.parse(readFileSync(packagePath('resources', 'triage', 'examples.json'), 'utf8')) as Example[]);

const exampleFacts = (example: { subject: string; body: string }): MessageFacts => ({
  subject: example.subject,
  body: example.body,
  isReply: false,
  photoNames: [],
  sender: 'unknown',
  operatedDaysAgo: null,
  openWorkAccident: false,
});

/** Emergency rules the draft no longer applies as they are today: switched off, removed or sorted lower. */
function weakenedEmergencyRules(current: TriageProtocol, draft: TriageProtocol): string[] {
  return current.rules
    .filter((rule) => rule.enabled && EMERGENCIES.includes(rule.category))
    .flatMap((rule) => {
      const next = draft.rules.find((candidate) => candidate.id === rule.id);
      if (!next) return [`la règle d’urgence « ${rule.label} » est supprimée`];
      if (!next.enabled) return [`la règle d’urgence « ${rule.label} » est désactivée`];
      if (level(next.category) > level(rule.category))
        return [
          `la règle « ${rule.label} » passe de ${CATEGORY_LABELS[rule.category]} à ${CATEGORY_LABELS[next.category]}`,
        ];
      return [];
    });
}

export function createProtocolGuard(deps: ProtocolGuardDeps): ProtocolGuard {
  function preview(draft: TriageProtocol): ProtocolPreview {
    const before = deps.compiledCurrent();
    const after = compileProtocol(draft);
    const items: {
      source: 'corrige' | 'exemple';
      ref: string;
      title: string;
      expected: CategoryCode;
      facts: MessageFacts;
    }[] = [
      ...deps.corrected(CORRECTED_LIMIT).map((row) => ({
        source: 'corrige' as const,
        ref: String(row.id),
        title: row.subject || '(sans objet)',
        expected: row.category,
        facts: deps.factsOfRow(row, row.patient_id),
      })),
      ...builtInExamples().map((example) => ({
        source: 'exemple' as const,
        ref: example.id,
        title: example.subject || example.body.slice(0, 80),
        expected: example.expected,
        facts: exampleFacts(example),
      })),
    ];
    let rightBefore = 0;
    let rightAfter = 0;
    const moved: ProtocolPreview['moved'] = [];
    for (const item of items) {
      const was = triage(before, item.facts).category;
      const now = triage(after, item.facts).category;
      rightBefore += Number(was === item.expected);
      rightAfter += Number(now === item.expected);
      if (was !== now)
        moved.push({
          source: item.source,
          ref: item.ref,
          title: item.title,
          expected: item.expected,
          before: was,
          after: now,
          lowered: level(now) > level(was),
        });
    }
    moved.sort((a, b) => Number(b.lowered) - Number(a.lowered));
    const lowered = moved.filter((item) => item.lowered).length;
    const confirmations = [
      ...weakenedEmergencyRules(deps.current(), draft),
      ...(lowered
        ? [
            `${countOf(lowered, 'message')} ${agree(lowered, 'serait classé', 'seraient classés')} ${agree(lowered, 'moins urgent')} qu’aujourd’hui (en rouge)`,
          ]
        : []),
      ...(level(draft.fallback) > level(deps.current().fallback)
        ? [
            `un message qu’aucune règle ne reconnaît irait en ${CATEGORY_LABELS[draft.fallback]} au lieu de ${CATEGORY_LABELS[deps.current().fallback]}`,
          ]
        : []),
    ];
    return {
      checked: {
        corrected: items.filter((item) => item.source === 'corrige').length,
        examples: builtInExamples().length,
      },
      moved,
      confirmations,
      rightBefore,
      rightAfter,
    };
  }

  return {
    test(draft, message) {
      const compiled = compileProtocol(draft);
      if (typeof message === 'number') {
        const row = deps.message(message);
        return { ...triage(compiled, deps.factsOfRow(row, row.patient_id)), subject: row.subject, body: row.body_text };
      }
      const facts: MessageFacts = {
        ...exampleFacts(message),
        photoNames: message.photo ? ['photo.jpg'] : [],
        operatedDaysAgo: message.operatedDaysAgo,
      };
      return { ...triage(compiled, facts), subject: message.subject, body: message.body };
    },
    preview,
    assertSavable(draft, confirmed) {
      if (confirmed) return;
      const { confirmations } = preview(draft);
      if (confirmations.length)
        throw new DomainError(
          'INVALID_INPUT',
          `Ce changement du protocole demande une confirmation : ${confirmations.join(' ; ')}.`,
          { confirmed: confirmations.join(' ; ') },
        );
    },
  };
}
