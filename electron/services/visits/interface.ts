import type { Visit } from '../../api/common/schemas/patient-file.js';
import type { Actor } from '../audit/service.js';

/** What a visit is made of, as written (its id, author's name and version are the store's). */
export type VisitFields = Omit<Visit, 'id' | 'practitionerName' | 'version'>;

/** A visit with the patient it belongs to. */
export type PatientVisit = Visit & { patientId: number };

/** A patient's visits and what was written at each. */
export interface VisitsService {
  create(patientId: number, fields: VisitFields, actor: Actor): Visit;
  /** Saves an edit based on `version`; refused with both versions if someone saved since. */
  update(id: number, fields: VisitFields, version: number, actor: Actor): Visit;
  get: (id: number) => PatientVisit | null;
  /** The visit, or NOT_FOUND naming `field`. */
  require: (id: number, field?: string) => PatientVisit;
  /** The patient's latest visits, newest first. */
  recent: (patientId: number, limit: number) => Visit[];
  /** How many visits the patient has had, and the date of the last one. */
  stats: (patientId: number) => {
    count: number;
    last: string | null;
  };
}
