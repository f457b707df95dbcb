import { DomainError } from '../../api/common/result.js';
import type { Actor } from '../audit/service.js';
import type { DocumentsService } from '../documents/service.js';
import type { InboxService } from './service.js';
import type { InboxStore } from './store.js';

/** Attachments up to this size are kept; a larger one is said on the message and left on the server. */
export const MAX_ATTACHMENT_BYTES = 100 * 1_048_576;

/** Only what is recognised by its content is sent as itself; anything else is a download, never opened. */
const SHOWN_AS_ITSELF = /^(image\/(jpeg|png|gif|webp)|application\/pdf)$/;

/** A message's attachments: shown before they are filed, filed once in the patient's documents. */
export function createAttachments(deps: { store: InboxStore; inbox: InboxService; documents: DocumentsService }) {
  const { store, inbox, documents } = deps;
  return {
    /**
     * Files an attachment in the message's patient's documents; filed already, the same document
     * is given back. Refused while the message has no patient, or when the file was not kept.
     */
    file(messageId: number, attachmentId: number, visitId: number | null, actor: Actor): { documentId: number } {
      const row = inbox.require(messageId);
      const file = store.attachment(attachmentId);
      if (!file || file.message_id !== row.id)
        throw new DomainError('NOT_FOUND', 'Pièce jointe introuvable dans ce message.', {
          attachmentId: 'introuvable',
        });
      if (row.patient_id === null)
        throw new DomainError('INVALID_INPUT', 'Rattachez d’abord le message à un patient.', {
          id: 'message sans patient',
        });
      if (!file.sha256)
        throw new DomainError('INVALID_INPUT', `Pièce jointe non conservée : ${file.refusal ?? ''}`, {
          attachmentId: 'non conservée',
        });
      if (file.document_id !== null) return { documentId: file.document_id };
      const document = documents.addStored(
        { patientId: row.patient_id, visitId, fileName: file.file_name, sha256: file.sha256, size: file.size },
        actor,
      );
      store.setAttachmentDocument(file.id, document.id);
      inbox.changed(row.id);
      return { documentId: document.id };
    },
    /** An attachment's content, as itself only when it is an image or a PDF. */
    content(id: number): { fileName: string; mime: string; contentBase64: string } {
      const file = store.attachment(id);
      if (!file?.sha256) throw new DomainError('NOT_FOUND', 'Pièce jointe introuvable.', { id: 'introuvable' });
      return {
        fileName: file.file_name,
        mime: SHOWN_AS_ITSELF.test(file.mime) ? file.mime : 'application/octet-stream',
        contentBase64: documents.readStored(file.sha256).toString('base64'),
      };
    },
  };
}
