import { createHash } from 'node:crypto';
import { parisToday } from '../../api/common/paris-day.js';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../../lib/package-path.js';
import { DomainError } from '../../api/common/result.js';
import { type NamedPerson, usedFirstName, usedLastName } from '../../api/common/french.js';
import type { Practice, Practitioner } from '../../api/common/schemas/practice.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { EventBus } from '../../api/common/contract.js';
import type { Actor, AuditService } from '../audit/service.js';
import type { DoctorsService } from '../doctors/service.js';
import type { PatientsService } from '../patients/service.js';
import type { PatientVisit, VisitsService } from '../visits/service.js';

/** A visit as the visits area gives it (with its patient). */
import type { PageLayout } from '../../api/common/schemas/letter-preview.js';
import { inspectTemplate } from './docx.js';
import { docxPageLayout } from './docx-layout.js';
import { createTemplateFields } from './template-fields.js';
import { buildLetterData, knownFieldPaths } from './letter-data.js';
import { createLetterDrafts } from './letter-drafts.js';
import type { TemplateInfo } from './template-info.js';
import { convertToPdf } from './pdf.js';
import type { LetterRow, LettersStore } from './store.js';
import type { FileVault } from '../../lib/file-vault.js';
import { writeFileWhole } from '../../lib/write-whole.js';
import type { LettersService } from './interface.js';

export type { TemplateInfo };

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/**
 * A letter's file name says who and what (issue 10):
 * « 2026-11-26 Meunier Léa - lettre au médecin traitant v1.pdf ». Characters no file system
 * takes are left out.
 */
export function letterFileName(
  row: { created_at: string; version: number },
  patient: NamedPerson,
  label: string,
  format: string,
): string {
  // As typed, not in capitals: a file name in a folder reads better « Meunier Léa ».
  const name = `${usedLastName(patient)} ${usedFirstName(patient)}`.trim();
  const lowered = label.charAt(0).toLowerCase() + label.slice(1);
  // Names were cleaned of control characters on the way in; these are the ones file systems refuse.
  return `${row.created_at.slice(0, 10)} ${name} - ${lowered} v${row.version}.${format}`.replace(/[\\/:*?"<>|]+/g, ' ');
}

export function createLettersService(deps: {
  store: LettersStore;
  patients: PatientsService;
  doctors: DoctorsService;
  visits: VisitsService;
  audit: AuditService;
  events: EventBus;
  clock: Clock;
  dataDir: string;
  /** Letters are sealed on disk like the documents (issue 14); the templates stay in clear. */
  files: FileVault;
  practice: () => Practice;
  practitioner: (id: number) => Practitioner | null;
  practitionerOfUser: (userId: number) => number | null;
  libreOffice: () => Promise<string | null>;
  /** Where templates are filled: a worker thread with limits (render-pool.ts). */
  renderer: { render(template: Buffer, data: object): Promise<Buffer> };
}): LettersService {
  const { store, audit, clock } = deps;
  const manifest = JSON.parse(readFileSync(packagePath('templates', 'manifest.json'), 'utf8')) as TemplateInfo[];
  const lettersDir = join(deps.dataDir, 'letters');
  const ownTemplatesDir = join(deps.dataDir, 'templates');
  const templateFields = createTemplateFields();

  function templateOf(kind: string): { info: TemplateInfo; content: Buffer } {
    const info = manifest.find((template) => template.kind === kind);
    if (!info)
      throw new DomainError('NOT_FOUND', `Modèle de courrier inconnu : « ${kind} ».`, { kind: 'modèle inconnu' });
    const own = store.template(kind);
    const file = own ? join(ownTemplatesDir, `${own.sha256}.docx`) : packagePath('templates', info.file);
    return { info, content: readFileSync(file) };
  }

  const visitOf = (visitId: number) => deps.visits.require(visitId, 'visitId');

  function checkSections(kind: string, sections: Record<string, string>): void {
    const { info } = templateOf(kind);
    const unknown = Object.keys(sections).filter((key) => !info.sections.some((section) => section.key === key));
    if (unknown.length)
      throw new DomainError('INVALID_INPUT', `Section(s) inconnue(s) pour ce modèle : ${unknown.join(', ')}.`, {
        sections: `sections possibles : ${info.sections.map((s) => s.key).join(', ')}`,
      });
  }

  /** What a template is filled with: the patient's file, the visit (or the appointment standing for it), the surgeon. */
  function letterDataOf(visit: PatientVisit, surgeonId: number | null, sections: Record<string, string>) {
    const patient = deps.patients.require(visit.patientId);
    return buildLetterData({
      file: {
        fields: patient.fields,
        gp: deps.doctors.find(patient.fields.gpId),
        referrer: deps.doctors.find(patient.fields.referrerId),
      },
      visit,
      surgeon: surgeonId === null ? null : deps.practitioner(surgeonId),
      practice: deps.practice(),
      sections,
      today: parisToday(clock),
    });
  }

  function dataFor(visitId: number, sections: Record<string, string>, actor: Actor) {
    const visit = deps.visits.require(visitId, 'visitId');
    return {
      visit,
      data: letterDataOf(visit, deps.practitionerOfUser(actor.userId) ?? visit.practitionerId, sections),
    };
  }

  function save(content: Buffer, extension: 'docx' | 'pdf'): string {
    const hash = sha256(content);
    mkdirSync(lettersDir, { recursive: true });
    const path = join(lettersDir, `${hash}.${extension}`);
    if (!existsSync(path)) writeFileWhole(path, deps.files.seal(content));
    return hash;
  }

  const toLetter = (row: LetterRow) => ({
    id: row.id,
    visitId: row.visit_id,
    kind: row.kind,
    label: manifest.find((template) => template.kind === row.kind)?.label ?? row.kind,
    version: row.version,
    sections: JSON.parse(row.sections) as Record<string, string>,
    hasPdf: row.pdf_sha256 !== null,
    author: row.author,
    createdAt: row.created_at,
  });

  // One LibreOffice at a time: a burst of letters queues its PDFs instead of starting a
  // LibreOffice each (which would starve the machine).
  let pdfQueue: Promise<void> = Promise.resolve();

  async function makePdf(letterId: number, docx: Buffer): Promise<void> {
    deps.events.emit('letters.pdf', { letterId, state: 'started' });
    const command = await deps.libreOffice();
    if (!command) {
      deps.events.emit('letters.pdf', { letterId, state: 'unavailable' });
      return;
    }
    try {
      store.setPdf(letterId, save(await convertToPdf(command, docx), 'pdf'));
      deps.events.emit('letters.pdf', { letterId, state: 'done' });
    } catch {
      deps.events.emit('letters.pdf', { letterId, state: 'failed' });
    }
  }

  return {
    /** Each template with the fields it uses, read from the .docx in force (the practice's own, or Paume's). */
    templates: (): (TemplateInfo & { own: boolean; fields: string[] })[] =>
      manifest.map((info) => ({
        ...info,
        own: store.template(info.kind) !== null,
        fields: templateFields(
          templateOf(info.kind).content,
          info.sections.map((section) => section.key),
        ),
      })),

    /** The letter's page as it stands now, read from the very .docx it would produce. */
    async preview(visitId: number, kind: string, sections: Record<string, string>, actor: Actor): Promise<PageLayout> {
      const { content } = templateOf(kind);
      return docxPageLayout(await deps.renderer.render(content, dataFor(visitId, sections, actor).data));
    },

    ...createLetterDrafts({ store, audit, clock, templateOf, checkSections, visitOf }),

    async generate(visitId: number, kind: string, sections: Record<string, string>, actor: Actor) {
      const { info, content } = templateOf(kind);
      checkSections(kind, sections);
      const { visit, data } = dataFor(visitId, sections, actor);
      const docx = await deps.renderer.render(content, data);
      const previous = store.latest(visitId, kind);
      const id = store.insert({
        patientId: visit.patientId,
        visitId,
        kind,
        version: (previous?.version ?? 0) + 1,
        previousId: previous?.id ?? null,
        sections: JSON.stringify(sections),
        docxSha256: save(docx, 'docx'),
        templateSha256: sha256(content),
        userId: actor.userId,
        now: isoAt(clock),
      });
      audit.trace(actor, 'letters.generate', visit.patientId, `${info.label}, version ${(previous?.version ?? 0) + 1}`);
      // The letter is written: its draft has served.
      store.deleteDraft(visitId, kind);
      pdfQueue = pdfQueue.then(() => makePdf(id, docx));
      return toLetter(store.get(id) as LetterRow);
    },

    /**
     * A letter for an appointment not yet held (the convocation sent with a reminder, issue 12):
     * filled from the file like any letter, the appointment standing for the visit, never stored.
     */
    async renderForAppointment(
      kind: string,
      appointment: { patientId: number; date: string; practitionerId: number },
      sections: Record<string, string>,
    ): Promise<Buffer> {
      const { content } = templateOf(kind);
      checkSections(kind, sections);
      const visit: PatientVisit = {
        id: 0,
        version: 0,
        patientId: appointment.patientId,
        date: appointment.date,
        practitionerId: appointment.practitionerId,
        practitionerName: null,
        kind: 'scheduled',
        notes: '',
        diagnosis: '',
        side: null,
        digits: [],
      };
      return deps.renderer.render(content, letterDataOf(visit, appointment.practitionerId, sections));
    },

    list: (patientId: number) => store.forPatient(patientId).map(toLetter),

    file(id: number, format: 'docx' | 'pdf', actor: Actor): { fileName: string; mime: string; contentBase64: string } {
      const row = store.get(id);
      if (!row) throw new DomainError('NOT_FOUND', `Courrier introuvable (n° ${id}).`, { id: 'courrier introuvable' });
      const hash = format === 'pdf' ? row.pdf_sha256 : row.docx_sha256;
      if (!hash)
        throw new DomainError(
          'NOT_FOUND',
          'Pas de PDF pour ce courrier (LibreOffice n’est pas installé, ou la conversion est en cours).',
          { format: 'PDF absent' },
        );
      audit.trace(actor, 'letters.file', row.patient_id, `${row.kind} v${row.version} (${format})`);
      const mime =
        format === 'pdf'
          ? 'application/pdf'
          : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      return {
        fileName: letterFileName(row, deps.patients.require(row.patient_id).fields, toLetter(row).label, format),
        mime,
        contentBase64: deps.files.openFile(join(lettersDir, `${hash}.${format}`)).toString('base64'),
      };
    },

    /** A practice's own template: refused with the broken or unknown tags named, and the fields that exist. */
    uploadTemplate(kind: string, content: Buffer, fileName: string, actor: Actor): void {
      const { info } = templateOf(kind);
      const inspected = inspectTemplate(content);
      const known = knownFieldPaths(info.sections.map((section) => section.key));
      const available = [...known]
        .filter((path) => path.includes('.'))
        .sort()
        .join(', ');
      if ('problems' in inspected) {
        const list = inspected.problems
          .map((problem) => `${problem.tag ? `« ${problem.tag} » ` : ''}${problem.reason}`)
          .join(' ; ');
        throw new DomainError('INVALID_INPUT', `Modèle refusé, balises cassées : ${list}.`, { content: list });
      }
      const unknown = inspected.tags
        .filter((candidates) => !candidates.some((path) => known.has(path)))
        .map((candidates) => candidates[candidates.length - 1] ?? '');
      if (unknown.length) {
        throw new DomainError(
          'INVALID_INPUT',
          `Modèle refusé, champs inconnus : ${unknown.join(', ')}. Champs disponibles : ${available}.`,
          { content: `champs inconnus : ${unknown.join(', ')}` },
        );
      }
      mkdirSync(ownTemplatesDir, { recursive: true });
      const hash = sha256(content);
      writeFileSync(join(ownTemplatesDir, `${hash}.docx`), content);
      store.saveTemplate({ kind, fileName, sha256: hash, userId: actor.userId, now: isoAt(clock) });
    },
  };
}
export type { LettersService } from './interface.js';
