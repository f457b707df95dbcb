import type {
  IDENTITY_STATUSES,
  IdDocument,
  PatientFields,
  PatientSummary,
} from '../../api/common/schemas/patients.js';
import type { Actor } from '../audit/service.js';
import type { StoredPatient } from './store.js';

export type { StoredPatient };
export type IdentityStatus = (typeof IDENTITY_STATUSES)[number];

/** One change of a file's identity status, as the patient file shows its history. */
export interface IdentityChange {
  from: IdentityStatus;
  to: IdentityStatus;
  reason: string;
  by: string;
  at: string;
}

/**
 * What an area needs to check that a patient file exists: the one seam through which other
 * areas take a patient id (issue 21), given as the patients service itself, never re-wrapped.
 */
export interface PatientExistence {
  /** The file, or NOT_FOUND naming `field` (the input field that carried the id; `id` by default). */
  require(id: number, field?: string): StoredPatient;
}

/** What the patients area offers the others: files, search, the identity rules, merging. */
export interface PatientsService extends PatientExistence {
  /** What was typed in the search field (names, a birth date, a phone, a NIR), as `planSearch` reads it. */
  search(query: string, limit: number): PatientSummary[];
  /** Several patients by id at once (the inbox queue shows each message's patient). */
  summariesOf(ids: readonly number[]): PatientSummary[];
  /** The patients whose file holds this e-mail address. */
  byEmail(address: string): PatientSummary[];
  /** Files close to these names on the same birth date: the check before creating one. */
  findDuplicates(fields: Pick<PatientFields, 'birthName' | 'firstNames' | 'birthDate'>): PatientSummary[];
  /** The new file's id; refused when a close file exists and `confirmNotDuplicate` is false. */
  create(fields: PatientFields, confirmNotDuplicate: boolean, actor: Actor): number;
  /** Saves an edit based on `version` (returns the new one); refused with both versions if someone saved since. */
  update(id: number, fields: PatientFields, version: number, actor: Actor): number;
  /**
   * The INS rules (RNIV), on the server whatever the form does (issue 10): « récupérée » needs the
   * INS (NIR) in the file; « validée » needs an identity document seen; « qualifiée » needs both.
   * Going back to « provisoire » (a doubt) needs only the reason.
   */
  changeIdentityStatus(
    id: number,
    status: IdentityStatus,
    reason: string,
    idDocument: IdDocument | null,
    actor: Actor,
  ): void;
  /** Moves everything of `mergeId` into `keepId`; the merged file is kept as it was in the journal. */
  merge(keepId: number, mergeId: number, reason: string, actor: Actor): void;
  statusHistory(id: number): IdentityChange[];
}
