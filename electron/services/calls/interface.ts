import type { OutputOf } from '../../api/common/contract.js';
import type { CallEntry, CallReading, RecordCallInput } from '../../api/common/schemas/calls.js';
import type { CategoryCode } from '../../api/common/schemas/inbox-protocol.js';
import type { Actor } from '../../api/node/call-context.js';

/** Le cahier d'appels (issue 26): what the calls area offers the CLI, the bench and later the J-1/J+1 lists. */
export interface CallsService {
  identify(query: { number: string; birthDate: string | null; name: string }): OutputOf<'calls.identify'>;
  read(input: { notes: string; patientId: number | null; callerKind: RecordCallInput['callerKind'] }): CallReading;
  record(input: RecordCallInput, actor: Actor): { id: number; requestId: number };
  /** The calls of one Paris day, the latest first, narrowed by words or digits. */
  day(date: string, query: string): CallEntry[];
  firstAid(): OutputOf<'calls.firstAid'>;
  setFirstAid(category: CategoryCode, instructions: string, actor: Actor): void;
}
