import type { OutputOf } from '../../api/common/contract.js';
import type { DayAfterThresholds, RecordDayAfterCallInput } from '../../api/common/schemas/day-after-calls.js';
import type { Actor } from '../../api/node/call-context.js';

/** Le lendemain (issue 26 item 3): the J+1 follow-up call of each patient who left the day before. */
export interface DayAfterCallsService {
  /** The patients who left on the day before `day`, each with the attempts so far and where they stand. */
  list(day: string): OutputOf<'dayAfterCalls.list'>;
  /** One attempt; answers past the thresholds put a request for the surgeon at the top of the queue. */
  record(input: RecordDayAfterCallInput, actor: Actor): OutputOf<'dayAfterCalls.record'>;
  forPatient(patientId: number): OutputOf<'dayAfterCalls.forPatient'>;
  thresholds(): DayAfterThresholds;
  setThresholds(value: DayAfterThresholds, actor: Actor): void;
}
