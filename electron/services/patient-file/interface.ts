import type { OutputOf } from '../../api/common/contract.js';
import type { PatientFile } from '../../api/common/schemas/patient-file.js';
import type { Actor } from '../audit/service.js';

/** The patient file as one read: identity, history, alerts, preferences, visits and documents. */
export interface PatientFileService {
  open(id: number, actor: Actor): PatientFile;
  /**
   * Right of access: the whole file as one .zip the patient can be given: a readable summary
   * (HTML, prints to PDF from any browser), the data as JSON, the documents, the access log.
   * Made in memory: nothing of it is written to the disk (issue 27).
   */
  exportArchive(id: number, actor: Actor): OutputOf<'patientFile.export'>;
}
