import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import PizZip from 'pizzip';
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
  exportsDir: string;
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
     * Right of access: the whole file in a folder the patient can be given: a readable summary
     * (HTML, prints to PDF from any browser), the data as JSON, the documents, the access log.
     */
    exportFolder(
      id: number,
      actor: Actor,
    ): { folder: string; files: string[]; zip: { fileName: string; mime: string; contentBase64: string } } {
      const file = assemble(id, Number.MAX_SAFE_INTEGER);
      const stamp = isoAt(clock).replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
      const folder = join(deps.exportsDir, `dossier-${id}-${stamp}`);
      // Written in a temporary folder beside it and moved into place only when complete (issue 9):
      // a failure halfway leaves no half-export that could be handed to the patient.
      const work = `${folder}.en-cours-${process.pid}`;
      rmSync(work, { recursive: true, force: true });
      // Traced first, so the access log handed to the patient shows this export too.
      audit.trace(actor, 'patientFile.export', id, folder);
      try {
        mkdirSync(join(work, 'documents'), { recursive: true });
        const files: string[] = [];
        for (const document of file.documents) {
          const name = `documents/${exportFileName(document.id, document.fileName)}`;
          writeFileSync(join(work, name), documents.readVerified(document));
          files.push(name);
        }
        const accessLog = audit.access({ patientId: id, limit: 100_000 });
        writeFileSync(
          join(work, 'dossier.json'),
          JSON.stringify({ exportedAt: isoAt(clock), file, accessLog }, null, 2),
        );
        writeFileSync(join(work, 'resume.html'), renderSummaryHtml(file, accessLog, isoAt(clock)));
        rmSync(folder, { recursive: true, force: true });
        renameSync(work, folder);
        const listed = ['resume.html', 'dossier.json', ...files];
        const zip = new PizZip();
        for (const name of listed) zip.file(`${basename(folder)}/${name}`, readFileSync(join(folder, name)));
        return {
          folder,
          files: listed,
          zip: {
            fileName: `${basename(folder)}.zip`,
            mime: 'application/zip',
            contentBase64: zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }).toString('base64'),
          },
        };
      } catch (error) {
        rmSync(work, { recursive: true, force: true });
        throw error;
      }
    },
  };
}
export type { PatientFileService } from './interface.js';
