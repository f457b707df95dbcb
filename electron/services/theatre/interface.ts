import type { CaseRef } from './case-rows.js';
import type { CaseSheet } from './case-sheet.js';
import type { OutputOf } from '../../api/common/contract.js';
import type { Actor } from '../../api/node/call-context.js';
import type {
  Anaesthesia,
  CaseStatus,
  TheatreCaseInput,
  TheatreSession,
  TheatreSessionInput,
} from '../../api/common/schemas/theatre.js';

/** What another area reads of a case: who, its day, where it stands, what is done and how. */
export type CaseFacts = CaseRef & {
  date: string;
  status: CaseStatus;
  procedure: string;
  plannedAnaesthesia: Anaesthesia;
};

/** The theatre list (issue 13): sessions, cases and where each patient is. */
export interface TheatreService {
  /** The day of the patient's last operation, if any (for the inbox protocol). */
  lastOperation: (patientId: number) => string | null;
  /** The day of the patient's next planned operation (a canned reply's field). */
  nextOperation: (patientId: number) => string | null;
  day(date: string, actor: Actor): TheatreSession[];
  createSession(input: TheatreSessionInput, actor: Actor): OutputOf<'theatre.createSession'>;
  addCase(input: TheatreCaseInput, actor: Actor): OutputOf<'theatre.addCase'>;
  moveCase(caseId: number, position: number): void;
  /**
   * Where the patient is now. Statuses only go forward, each with its time; a case is postponed
   * or cancelled with a reason, and never once the incision is made. A status whose checklist
   * moment is not complete is refused unless forced with a reason (traced, shown on the case).
   */
  setStatus(caseId: number, status: CaseStatus, reason: string, actor: Actor, force?: boolean): void;
  requireCase: (caseId: number) => CaseRef;
  /** What another area checks before it acts on a case: its day, where it stands, the anaesthesia planned. */
  caseFacts: (caseId: number) => CaseFacts;
  /** The case read for a letter written from it; its visit is made the first time. */
  caseSheet: (caseId: number, actor: Actor) => CaseSheet;
  /** The cases that left (« sorti ») on a day from `from` to `to`. */
  leftBetween: (from: string, to: string) => CaseFacts[];
  /**
   * Called once a case reaches « sorti », after it is written (the lettre de liaison is prepared
   * then, issue 26 item 4). A listener that fails is traced; the status stays.
   */
  onLeft: (listener: (caseId: number, actor: Actor) => void) => void;
}
