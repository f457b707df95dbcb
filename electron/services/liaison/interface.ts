import type { OutputOf } from '../../api/common/contract.js';
import type { Actor } from '../../api/node/call-context.js';

/** The lettre de liaison (issue 26 item 4): prepared when the patient leaves, never forgotten. */
export interface LiaisonService {
  /**
   * The case's letter as a draft on its visit, filled from the case (what was done, how, the
   * instructions, the follow-up appointment booked or to book, the J+1 call): made once, an
   * existing draft or a signed letter is never overwritten.
   */
  prepare(caseId: number, actor: Actor): OutputOf<'liaison.open'>;
  /** Who left (« sorti ») from `from` to `to` without a signed lettre de liaison, in day order. */
  missing(from: string, to: string): OutputOf<'liaison.missing'>;
}
