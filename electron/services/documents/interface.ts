import type { StoredFile } from '../../lib/content-store.js';
import type { OutputOf } from '../../api/common/contract.js';
import type { Readable } from 'node:stream';
import type { PatientDocument } from '../../api/common/schemas/patient-file.js';
import type { Actor } from '../audit/service.js';

/** A patient's documents: files sealed on disk, checked by their content, traced when read. */
export interface DocumentsService {
  add(
    input: {
      patientId: number;
      visitId: number | null;
      fileName: string;
      content: Buffer;
    },
    actor: Actor,
  ): PatientDocument;
  /** Streams a file into the store (mail attachments); it is attached to a patient later, by addStored. */
  storeStream: (content: Readable, maxBytes: number) => Promise<StoredFile>;
  /** Files a document already in the store (by its SHA-256) in a patient's file; its kind is checked on its first bytes. */
  addStored(
    input: {
      patientId: number;
      visitId: number | null;
      fileName: string;
      sha256: string;
      size: number;
    },
    actor: Actor,
  ): PatientDocument;
  /** Where a stored file is (its bytes on disk are sealed: read it with readStored). */
  pathOf: (sha256: string) => string;
  /** The clear content of a stored file (mail attachments shown before they are filed). */
  readStored: (sha256: string) => Buffer;
  /** The store's folder: the mail sync thread streams attachments into it. */
  dir: string;
  content(id: number, actor: Actor): OutputOf<'documents.content'>;
  forPatient: (patientId: number) => PatientDocument[];
  /** For the right-of-access export. */
  readVerified: (document: PatientDocument) => Buffer;
}
