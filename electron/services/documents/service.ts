import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { DomainError } from '../../api/common/result.js';
import type { PatientDocument } from '../../api/common/schemas/patient-file.js';
import { neutraliseBidi } from '../../api/common/shown-names.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { Actor, AuditService } from '../audit/service.js';
import { checkFileKind } from './file-kind.js';
import type { DocumentsStore } from './store.js';
import { streamIntoStore } from '../../lib/content-store.js';
import type { FileVault } from '../../lib/file-vault.js';
import { writeFileWhole } from '../../lib/write-whole.js';
import type { PatientExistence } from '../patients/service.js';
import type { DocumentsService } from './interface.js';

/**
 * A file name as it is kept and shown: without bidirectional controls (issue 27), so a program
 * named U+202E then « fdp.exe » cannot read « exe.pdf ». Every document enters through add or
 * addStored: this is the one place.
 */
const shownFileName = (fileName: string) => neutraliseBidi(fileName).trim() || 'document';

/**
 * Documents are stored outside the database, named by their SHA-256, so a file is written once
 * however often it is attached, and any corruption is seen when it is read back.
 */
export function createDocumentsService(deps: {
  store: DocumentsStore;
  audit: AuditService;
  clock: Clock;
  documentsDir: string;
  files: FileVault;
  patients: PatientExistence;
  visitBelongsTo: (visitId: number, patientId: number) => boolean;
}): DocumentsService {
  const { store, audit, clock } = deps;
  const pathOf = (sha256: string) => join(deps.documentsDir, sha256.slice(0, 2), sha256);

  function readVerified(document: PatientDocument): Buffer {
    const path = pathOf(document.sha256);
    if (!existsSync(path))
      throw new DomainError('NOT_FOUND', `Le fichier « ${document.fileName} » est introuvable sur le disque.`);
    const content = deps.files.openFile(path);
    if (createHash('sha256').update(content).digest('hex') !== document.sha256) {
      throw new DomainError(
        'INTERNAL',
        `Le fichier « ${document.fileName} » est altéré (somme de contrôle différente).`,
      );
    }
    return content;
  }

  return {
    add(
      given: { patientId: number; visitId: number | null; fileName: string; content: Buffer },
      actor: Actor,
    ): PatientDocument {
      const input = { ...given, fileName: shownFileName(given.fileName) };
      deps.patients.require(input.patientId, 'patientId');
      if (input.visitId !== null && !deps.visitBelongsTo(input.visitId, input.patientId)) {
        throw new DomainError('NOT_FOUND', 'Cette consultation n’appartient pas à ce patient.', {
          visitId: 'consultation introuvable',
        });
      }
      const { content } = input;
      if (content.length === 0)
        throw new DomainError('INVALID_INPUT', 'Le fichier est vide.', { content: 'fichier vide' });
      const kind = checkFileKind(input.fileName, content);
      if ('refusal' in kind)
        throw new DomainError('INVALID_INPUT', `Fichier refusé : ${kind.refusal}.`, { fileName: kind.refusal });
      const sha256 = createHash('sha256').update(content).digest('hex');
      const path = pathOf(sha256);
      if (!existsSync(path)) {
        mkdirSync(join(deps.documentsDir, sha256.slice(0, 2)), { recursive: true });
        writeFileWhole(path, deps.files.seal(content));
      }
      const id = store.insert({
        patientId: input.patientId,
        visitId: input.visitId,
        fileName: input.fileName,
        mime: kind.mime,
        size: content.length,
        sha256,
        userId: actor.userId,
        now: isoAt(clock),
      });
      audit.trace(actor, 'documents.add', input.patientId, input.fileName);
      return store.get(id) as PatientDocument;
    },

    /** Streams a file into the store (mail attachments); it is attached to a patient later, by addStored. */
    storeStream: (content: Readable, maxBytes: number) =>
      streamIntoStore(deps.documentsDir, content, maxBytes, deps.files),

    /** Files a document already in the store (by its SHA-256) in a patient's file; its kind is checked on its first bytes. */
    addStored(
      given: { patientId: number; visitId: number | null; fileName: string; sha256: string; size: number },
      actor: Actor,
    ): PatientDocument {
      const input = { ...given, fileName: shownFileName(given.fileName) };
      deps.patients.require(input.patientId, 'patientId');
      const path = pathOf(input.sha256);
      if (!existsSync(path))
        throw new DomainError('NOT_FOUND', `Le fichier « ${input.fileName} » est introuvable sur le disque.`);
      const head = deps.files.head(path, 64);
      const kind = checkFileKind(input.fileName, head);
      if ('refusal' in kind)
        throw new DomainError('INVALID_INPUT', `Fichier refusé : ${kind.refusal}.`, { fileName: kind.refusal });
      const id = store.insert({
        patientId: input.patientId,
        visitId: input.visitId,
        fileName: input.fileName,
        mime: kind.mime,
        size: input.size,
        sha256: input.sha256,
        userId: actor.userId,
        now: isoAt(clock),
      });
      audit.trace(actor, 'documents.add', input.patientId, input.fileName);
      return store.get(id) as PatientDocument;
    },

    /** Where a stored file is (its bytes on disk are sealed: read it with readStored). */
    pathOf,
    /** The clear content of a stored file (mail attachments shown before they are filed). */
    readStored: (sha256: string): Buffer => deps.files.openFile(pathOf(sha256)),
    /** The store's folder: the mail sync thread streams attachments into it. */
    dir: deps.documentsDir,

    content(id: number, actor: Actor): { mime: string; fileName: string; contentBase64: string } {
      const document = store.get(id);
      if (!document)
        throw new DomainError('NOT_FOUND', `Document introuvable (n° ${id}).`, { id: 'document introuvable' });
      const content = readVerified(document);
      audit.trace(actor, 'documents.content', document.patientId, document.fileName);
      return { mime: document.mime, fileName: document.fileName, contentBase64: content.toString('base64') };
    },

    forPatient: (patientId: number): PatientDocument[] => store.forPatient(patientId),
    /** For the right-of-access export. */
    readVerified,
  };
}
export type { DocumentsService } from './interface.js';
