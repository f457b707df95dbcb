import { CASE_STATUS_LABELS, CASE_STATUSES, type CaseStatus } from '../../api/common/schemas/theatre.js';
import type { ChecklistDefinition } from './checklist.js';
import type { AnswerRow } from './store.js';

/** The day's flow; « reporté » and « annulé » step out of it. */
export const FLOW: readonly CaseStatus[] = CASE_STATUSES.filter(
  (status) => status !== 'postponed' && status !== 'cancelled',
);

/**
 * The checklist follows the case's time line (issue 22): each moment opens when the case reaches
 * the status at which it is done, and must be complete before the status that follows it. The HAS
 * checklist is said aloud at these pauses: before induction the patient is in the room, the
 * time-out comes once the patient is anaesthetised, the last pause once the operation has ended.
 */
export const MOMENT_TIME_LINE: Readonly<Record<string, { opensAt: CaseStatus; gates: CaseStatus }>> = {
  'before-induction': { opensAt: 'in_room', gates: 'induction' },
  'before-incision': { opensAt: 'induction', gates: 'incision' },
  'before-leaving': { opensAt: 'end', gates: 'recovery' },
};

/** The time-out item whose « oui » confirms the site: side, digit(s), joint or zone. */
const SITE_ITEM = 'hand-site';

const at = (status: CaseStatus): number => FLOW.indexOf(status);

/** Whether a moment may be answered with the case at `status` (never on a postponed or cancelled case). */
export function momentOpen(momentId: string, status: CaseStatus): boolean {
  const line = MOMENT_TIME_LINE[momentId];
  if (!line) return true;
  return at(status) >= at(line.opensAt);
}

export function momentOpensAtLabel(momentId: string): string | null {
  const line = MOMENT_TIME_LINE[momentId];
  return line ? CASE_STATUS_LABELS[line.opensAt] : null;
}

/**
 * What still stops a case from reaching `target`, in French, one line per missing thing; empty
 * when nothing does. Jumping several statuses at once meets every gate on the way.
 */
export function blockersFor(
  target: CaseStatus,
  definition: ChecklistDefinition,
  answers: readonly AnswerRow[],
): string[] {
  const targetAt = at(target);
  if (targetAt < 0) return [];
  const byItem = new Map(answers.map((answer) => [answer.item_id, answer]));
  const blockers: string[] = [];
  for (const moment of definition.moments) {
    const line = MOMENT_TIME_LINE[moment.id];
    if (!line || at(line.gates) > targetAt) continue;
    const unanswered = moment.items.filter((item) => !byItem.has(item.id)).length;
    const title = moment.label.split(' — ')[0] ?? moment.label;
    if (unanswered > 0) blockers.push(`« ${title} » : ${unanswered} point${unanswered > 1 ? 's' : ''} sans réponse`);
    if (moment.items.some((item) => item.id === SITE_ITEM)) {
      const site = byItem.get(SITE_ITEM);
      if (site && site.answer !== 'yes') blockers.push('site opératoire (côté, doigt, articulation) non confirmé');
    }
    // A « non » the team must decide on stops the case unless the team said Go.
    const undecided = moment.items.filter((item) => {
      const answer = byItem.get(item.id);
      return item.teamDecisionIfNo && answer?.answer === 'no' && answer.decision !== 'go';
    });
    if (undecided.length > 0) blockers.push(`« ${title} » : un « non » sans Go de l’équipe`);
  }
  return blockers;
}
