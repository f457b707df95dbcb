import type { ExplainDeps } from './intake.js';
import type { CallRequest } from './call-request-store.js';
import type { SyncManager } from './sync/sync-manager.js';
import type { OutputOf } from '../../api/common/contract.js';
import type { CategoryCode, SenderKind } from '../../api/common/schemas/inbox-protocol.js';
import type { TriageResult } from './triage/engine.js';
import type { InboxMessage, MessageState } from '../../api/common/schemas/inbox.js';
import type { Actor } from '../audit/service.js';
import type { MessageRow, QueueView } from './store.js';

/** The queue and what a secretary does to a message (issue 11). */
export interface InboxService {
  require: (id: number) => MessageRow;
  changed: (...ids: number[]) => void;
  queue(
    input: {
      view: QueueView;
      category?: CategoryCode | undefined;
      mine: boolean;
      limit: number;
    },
    actor: Actor,
  ): OutputOf<'inbox.queue'>;
  open(id: number, actor: Actor): InboxMessage;
  /** A person's correction: kept with the message and counted against the rules that decided. */
  /** Lowering an emergency needs a reason; it is traced with it. */
  setCategory(id: number, category: CategoryCode, actor: Actor, reason?: string): void;
  setState(id: number, state: MessageState): void;
  assign(id: number, userId: number | null): void;
  snooze(id: number, until: string | null, wakeOnReply: boolean): void;
  linkPatient(id: number, patientId: number | null, evidence: string, confirmMismatch: boolean, actor: Actor): void;
  requestReview(id: number, on: boolean): void;
  archive(id: number, actor: Actor): MessageRow;
  allowImages(id: number): void;
  /** The provisional identity a new patient file starts from, read from the message. */
  newPatientHints(id: number): OutputOf<'inbox.newPatientHints'>;
  forPatient: (patientId: number) => OutputOf<'inbox.forPatient'>;
}

/**
 * What the inbox area offers the other areas, the CLI and the bench: the message commands (the
 * store's rows, `require` and `archive`, and the intake that reads them stay inside the area), the sync.
 */
export interface InboxAreaService extends Omit<InboxService, 'require' | 'archive' | 'changed'> {
  readonly sync: SyncManager;
  /** A message given whole (demonstration data, the bench): read and taken as if it had arrived. */
  readonly takeRaw: (raw: Buffer, folder: string) => Promise<{ id: number; created: boolean }>;
  /**
   * Sends a message from the practice's first active account (agenda reminders, issue 12); kept
   * in the patient's exchanges. Throws when no account is set up: nothing pretends to send.
   */
  readonly sendFromPractice: (mail: {
    patientId: number;
    to: string;
    subject: string;
    text: string;
    attachments: { filename: string; content: Buffer; contentType: string }[];
  }) => Promise<void>;
  /** A telephone call put in the queue beside the mail (issue 26); its request id. */
  readonly takeCall: (call: CallRequest) => number;
  /**
   * The notes of a call read by the protocol as a message's body (issue 26: the same engine as
   * the mail, the patient's record counted), with the handling time of the category found.
   */
  readonly triageCall: (
    notes: string,
    caller: { sender: SenderKind; patientId: number | null },
  ) => TriageResult & { dueAt: string | null };
  /** What `paume triage --data-dir` and the bench use: the data folder's protocol and patients. */
  readonly explainDeps: () => Omit<ExplainDeps, 'readStored'>;
}
