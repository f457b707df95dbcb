import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PatientFile } from '../../api/schemas/patient-file.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { AlertsService } from '../alerts/service.js';
import type { Actor, AuditService } from '../audit/service.js';
import type { DocumentsService } from '../documents/service.js';
import type { DoctorsService } from '../doctors/service.js';
import type { PreferencesService } from '../preferences/service.js';
import type { VisitsService } from '../visits/service.js';
import { renderSummaryHtml } from './export-html.js';
import { retentionUntil } from './retention.js';
import type { PatientsService } from '../patients/service.js';

const RECENT_VISITS = 50;

/** The whole patient file as one read, as people open it: every opening is traced. */
export function createPatientFileService(deps: {
  patients: PatientsService;
  doctors: DoctorsService;
  alerts: AlertsService;
  preferences: PreferencesService;
  visits: VisitsService;
  documents: DocumentsService;
  audit: AuditService;
  clock: Clock;
  exportsDir: string;
}) {
  const { patients, doctors, alerts, preferences, visits, documents, audit, clock } = deps;

  function assemble(id: number, visitLimit: number): PatientFile {
    const patient = patients.require(id);
    const stats = visits.stats(id);
    const lastActivity = stats.last ?? patient.createdAt.slice(0, 10);
    return {
      id,
      fields: patient.fields,
      identityStatus: patient.identityStatus,
      identityHistory: patients.statusHistory(id),
      gp: doctors.find(patient.fields.gpId),
      referrer: doctors.find(patient.fields.referrerId),
      alerts: alerts.forPatient(id),
      preferences: preferences.forPatient(id),
      visits: visits.recent(id, visitLimit),
      visitCount: stats.count,
      documents: documents.forPatient(id),
      retentionUntil: retentionUntil(patient.fields.birthDate, lastActivity, patient.fields.deceasedOn),
      mergedInto: patient.mergedInto,
    };
  }

  return {
    open(id: number, actor: Actor): PatientFile {
      const file = assemble(id, RECENT_VISITS);
      audit.trace(actor, 'patients.get', id);
      return file;
    },

    /**
     * Right of access: the whole file in a folder the patient can be given: a readable summary
     * (HTML, prints to PDF from any browser), the data as JSON, the documents, the access log.
     */
    exportFolder(id: number, actor: Actor): { folder: string; files: string[] } {
      const file = assemble(id, Number.MAX_SAFE_INTEGER);
      const stamp = isoAt(clock).replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
      const folder = join(deps.exportsDir, `dossier-${id}-${stamp}`);
      mkdirSync(join(folder, 'documents'), { recursive: true });
      const files: string[] = [];
      for (const document of file.documents) {
        const name = `documents/${document.id}-${document.fileName.replace(/[^\w.-]+/g, '_')}`;
        writeFileSync(join(folder, name), documents.readVerified(document));
        files.push(name);
      }
      audit.trace(actor, 'patients.export', id, folder);
      const accessLog = audit.access({ patientId: id, limit: 100_000 });
      writeFileSync(
        join(folder, 'dossier.json'),
        JSON.stringify({ exportedAt: isoAt(clock), file, accessLog }, null, 2),
      );
      writeFileSync(join(folder, 'resume.html'), renderSummaryHtml(file, accessLog, isoAt(clock)));
      return { folder, files: ['resume.html', 'dossier.json', ...files] };
    },
  };
}
export type PatientFileService = ReturnType<typeof createPatientFileService>;
