import type { Actor } from '../../api/node/call-context.js';
import type { RecordDayBeforeCallInput } from '../../api/common/schemas/day-before-calls.js';
import type { OutputOf } from '../../api/common/contract.js';

/** La veille (issue 26 item 2): the J-1 call list of a theatre day, and each attempt's answers. */
export interface DayBeforeCallsService {
  /** The patients operated on `day`, in the order of the theatre list, with what to tell them. */
  list(day: string, actor: Actor): OutputOf<'dayBeforeCalls.list'>;
  /**
   * One attempt: not reached (counted, retried), or reached with the answers, written to the
   * patient's preferences (signed) so that the Bloc card shows them the next morning.
   */
  record(input: RecordDayBeforeCallInput, actor: Actor): { id: number };
  /** The patient's J-1 calls, newest first, for the « Échanges » tab. */
  forPatient(patientId: number): OutputOf<'dayBeforeCalls.forPatient'>;
}
