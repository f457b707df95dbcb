import { Readable } from 'node:stream';
import type { DocumentsService } from '../documents/service.js';
import { MAX_ATTACHMENT_BYTES } from './attachments.js';
import type { Intake } from './intake.js';
import { readMessage } from './mime/read-message.js';

/**
 * A message given whole (demonstration data, the bench): read and taken as if it had arrived,
 * its attachments kept under the same size rule as mail from a server.
 */
export function rawMessageTaker(deps: { intake: Intake; documents: DocumentsService }) {
  return async (raw: Buffer, folder: string): Promise<{ id: number; created: boolean }> =>
    deps.intake.take(
      await readMessage(Readable.from([raw]), (content) => deps.documents.storeStream(content, MAX_ATTACHMENT_BYTES)),
      { accountId: null, folder, uidvalidity: null, uid: null },
    );
}
