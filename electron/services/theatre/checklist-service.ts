import type { Actor } from '../../api/node/call-context.js';
import { DomainError } from '../../api/common/result.js';
import { frDateTime } from '../../api/common/french.js';
import { CASE_STATUS_LABELS, type Checklist, type ChecklistAnswerInput } from '../../api/common/schemas/theatre.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import { textPdf } from '../../lib/simple-pdf.js';
import type { AuditService } from '../audit/service.js';
import { checklistDefinition } from './checklist.js';
import { momentOpen, momentOpensAtLabel } from './checklist-gates.js';
import { caseRefOf, type CaseRef } from './case-rows.js';
import type { CaseRow, TheatreStore } from './store.js';

const ANSWER_LABELS = { yes: 'oui', no: 'non', na: 'non applicable' } as const;

/**
 * The HAS checklist of one case, in its three moments (issue 13). Each answer records who and
 * when and is never overwritten; an answer « non » on an item that needs the team decides Go or
 * No-Go, with why; a No-Go postpones or cancels the case. Complete, it is locked.
 */
/** The completed checklist as people print it: each item with its answer, who and when. */
function checklistPdf(checklist: Checklist): Buffer {
  const lines = checklist.moments.flatMap((moment) => [
    '',
    moment.label.toUpperCase(),
    ...moment.items.map((item) => {
      const answer = item.answer;
      if (!answer) return `[ ] ${item.text}`;
      const decision = answer.decision ? ` — ${answer.decision === 'go' ? 'Go' : 'No-Go'} : ${answer.reason}` : '';
      const at = frDateTime(answer.at);
      return `[${ANSWER_LABELS[answer.answer]}] ${item.text}${decision} (${answer.by}, ${at})`;
    }),
  ]);
  return textPdf(checklist.title, [
    `Intervention n° ${checklist.caseId}`,
    ...lines,
    '',
    `Source : ${checklist.source}`,
    checklist.version,
  ]);
}

export function createChecklistService(deps: {
  store: TheatreStore;
  audit: AuditService;
  clock: Clock;
  requireCase: (caseId: number) => CaseRow;
  setStatus: (caseId: number, status: 'postponed' | 'cancelled', reason: string, actor: Actor) => void;
  changed: (row: CaseRow) => void;
  /** A completed checklist joins the patient's file as a PDF document (traced like any document). */
  archive: (theCase: CaseRef, fileName: string, pdf: Buffer, actor: Actor) => void;
}) {
  const { store, clock } = deps;

  function read(caseId: number): Checklist {
    const caseRow = deps.requireCase(caseId);
    const definition = checklistDefinition();
    const answers = new Map(store.answers(caseId).map((row) => [row.item_id, row]));
    const moments = definition.moments.map((moment) => ({
      id: moment.id,
      label: moment.label,
      open: momentOpen(moment.id, caseRow.status),
      opensAt: momentOpensAtLabel(moment.id),
      items: moment.items.map((item) => {
        const row = answers.get(item.id);
        return {
          ...item,
          answer: row
            ? { answer: row.answer, decision: row.decision, reason: row.reason, by: row.by, at: row.at }
            : null,
        };
      }),
    }));
    const complete = moments.every((moment) => moment.items.every((item) => item.answer !== null));
    return {
      caseId,
      title: definition.title,
      source: definition.source,
      version: definition.version,
      complete,
      moments,
    };
  }

  return {
    read,

    answer(input: ChecklistAnswerInput, actor: Actor): Checklist {
      const row = deps.requireCase(input.caseId);
      const moment = checklistDefinition().moments.find((candidate) =>
        candidate.items.some((one) => one.id === input.itemId),
      );
      const item = moment?.items.find((candidate) => candidate.id === input.itemId);
      if (!moment || !item)
        throw new DomainError('NOT_FOUND', 'Point de check-list inconnu.', { itemId: 'point inconnu' });
      // A moment is said at its pause of the day, not ahead of it (no final swab count before the incision).
      if (!momentOpen(moment.id, row.status))
        throw new DomainError(
          'CONFLICT',
          `« ${moment.label.split(' — ')[0] ?? moment.label} » s’ouvre quand le patient est « ${momentOpensAtLabel(moment.id) ?? '?'} » ; il est « ${CASE_STATUS_LABELS[row.status]} ».`,
          { itemId: 'temps pas encore ouvert' },
        );
      if (input.answer === 'na' && !item.naAllowed)
        throw new DomainError('INVALID_INPUT', 'Ce point ne peut pas être « non applicable ».', {
          answer: 'oui ou non',
        });
      const needsDecision = input.answer === 'no' && item.teamDecisionIfNo;
      if (needsDecision && (!input.decision || input.reason.length < 3))
        throw new DomainError('INVALID_INPUT', 'Réponse « non » : l’équipe décide Go ou No-Go, et dit pourquoi.', {
          decision: 'Go ou No-Go, avec le motif',
        });
      if (input.decision === 'nogo' && !input.nogoOutcome)
        throw new DomainError('INVALID_INPUT', 'No-Go : l’intervention est-elle reportée ou annulée ?', {
          nogoOutcome: 'reportée ou annulée',
        });
      const inserted = store.insertAnswer({
        caseId: input.caseId,
        itemId: input.itemId,
        answer: input.answer,
        decision: needsDecision ? input.decision : null,
        reason: input.reason,
        userId: actor.userId,
        at: isoAt(clock),
      });
      if (!inserted) {
        // Another seat answered first: their answer stands, and is shown.
        const first = store.answers(input.caseId).find((answer) => answer.item_id === input.itemId);
        throw new DomainError(
          'CONFLICT',
          `Déjà répondu « ${first ? ANSWER_LABELS[first.answer] : '?'} » par ${first?.by ?? '?'} : rien n’a été remplacé.`,
          { itemId: 'déjà répondu' },
        );
      }
      deps.audit.trace(
        actor,
        'theatre.answerChecklist',
        row.patient_id,
        `${item.id} : ${ANSWER_LABELS[input.answer]}${needsDecision ? ` — ${input.decision === 'go' ? 'Go' : 'No-Go'} : ${input.reason}` : ''}`,
      );
      if (needsDecision && input.decision === 'nogo' && input.nogoOutcome)
        deps.setStatus(input.caseId, input.nogoOutcome, `No-Go (check-list) : ${input.reason}`, actor);
      else deps.changed(row);
      const after = read(input.caseId);
      // This answer completed it: the locked checklist is filed with the patient.
      if (after.complete)
        deps.archive(caseRefOf(row), `check-list-bloc-intervention-${row.id}.pdf`, checklistPdf(after), actor);
      return after;
    },
  };
}
export type ChecklistService = ReturnType<typeof createChecklistService>;
