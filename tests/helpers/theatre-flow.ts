import { ok, type caller } from './temp-core.js';

const MOMENT_BEFORE: Readonly<Record<string, string>> = {
  induction: 'before-induction',
  incision: 'before-incision',
  recovery: 'before-leaving',
};
/** The day's flow of a case, in order (theatre service's FLOW, as the API names it). */
export const CASE_FLOW = ['called', 'in_room', 'induction', 'incision', 'end', 'recovery', 'left'] as const;

type Moments = { moments: { id: string; items: { id: string; answer: unknown }[] }[] };

/** Answers « oui » to every item of one checklist moment of the case not yet answered. */
export async function answerMoment(who: ReturnType<typeof caller>, caseId: number, momentId: string): Promise<void> {
  const checklist = await ok<Moments>(who.call('theatre.checklist', { caseId }));
  for (const item of checklist.moments.find((moment) => moment.id === momentId)?.items ?? [])
    if (!item.answer)
      await ok(who.call('theatre.answerChecklist', { caseId, itemId: item.id, answer: 'yes', reason: '' }));
}

/** Walks a case through the day's flow up to `target`, each checklist moment said at its pause. */
export async function walkCase(
  who: ReturnType<typeof caller>,
  caseId: number,
  target: (typeof CASE_FLOW)[number],
): Promise<void> {
  for (const status of CASE_FLOW.slice(0, CASE_FLOW.indexOf(target) + 1)) {
    const moment = MOMENT_BEFORE[status];
    if (moment) await answerMoment(who, caseId, moment);
    await ok(who.call('theatre.setStatus', { caseId, status, reason: '' }));
  }
}
