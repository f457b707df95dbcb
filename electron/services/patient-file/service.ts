import { zipLibrary } from '../../lib/zip-library.js';
import type { OutputOf } from '../../api/common/contract.js';
import type { PatientFile } from '../../api/common/schemas/patient-file.js';
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
import type { PatientFileService } from './interface.js';

const RECENT_VISITS = 50;

/**
 * A document's name in an export: its number, then its own name reduced to safe characters and
 * cut to fit every file system (255 bytes a name), keeping the extension (issue 9).
 */
export function exportFileName(documentId: number, fileName: string): string {
  const safe = fileName
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._ -]+/gu, '_')
    .replace(/^[.\s]+/, '');
  const dot = safe.lastIndexOf('.');
  const extension = dot > 0 && safe.length - dot <= 10 ? safe.slice(dot) : '';
  let stem = (extension ? safe.slice(0, dot) : safe).slice(0, 80);
  // 80 letters may be 320 bytes in UTF-8: cut by bytes, a letter at a time.
  while (Buffer.byteLength(stem) > 150) {
    // Never leave half of a surrogate pair behind.
    stem = stem.slice(0, /[\uDC00-\uDFFF]$/.test(stem) ? -2 : -1);
  }
  stem = stem.trim() || 'document';
  return `${documentId}-${stem}${extension}`;
}

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
}): PatientFileService {
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
      version: patient.version,
      updatedAt: patient.updatedAt,
      updatedByName: patient.updatedByName,
    };
  }

  return {
    open(id: number, actor: Actor): PatientFile {
      const file = assemble(id, RECENT_VISITS);
      audit.trace(actor, 'patientFile.open', id);
      return file;
    },

    /**
     * Right of access: the whole file as one .zip the patient can be given: a readable summary
     * (HTML, prints to PDF from any browser), the data as JSON, the documents, the access log.
     * Built in memory and never written to the disk (issue 27): a folder of it in clear, left in
     * the data folder, was the patient's file outside the encryption at rest.
     */
    exportArchive(id: number, actor: Actor): OutputOf<'patientFile.export'> {
      const file = assemble(id, Number.MAX_SAFE_INTEGER);
      const stamp = isoAt(clock).replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
      const top = `dossier-${id}-${stamp}`;
      // Traced first, so the access log handed to the patient shows this export too.
      audit.trace(actor, 'patientFile.export', id, `${top}.zip`);
      // Every document is read (and checked) before the archive is made: one unreadable file
      // fails the export as a whole, never a half-export handed to the patient.
      const documentFiles = file.documents.map((document) => ({
        name: `documents/${exportFileName(document.id, document.fileName)}`,
        content: documents.readVerified(document),
      }));
      const accessLog = audit.access({ patientId: id, limit: 100_000 });
      const entries = [
        { name: 'resume.html', content: renderSummaryHtml(file, accessLog, isoAt(clock)) },
        { name: 'dossier.json', content: JSON.stringify({ exportedAt: isoAt(clock), file, accessLog }, null, 2) },
        ...documentFiles,
      ];
      const zip = new (zipLibrary())();
      for (const entry of entries) zip.file(`${top}/${entry.name}`, entry.content);
      return {
        files: entries.map((entry) => entry.name),
        zip: {
          fileName: `${top}.zip`,
          mime: 'application/zip',
          contentBase64: zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }).toString('base64'),
        },
      };
    },
  };
}
export type { PatientFileService } from './interface.js';
