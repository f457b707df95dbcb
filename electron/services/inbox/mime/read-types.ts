import type { Readable } from 'node:stream';
import type { StoredFile } from '../../../lib/content-store.js';

/** Where attachments go while the message is read: the documents store, streamed. */
export type AttachmentSink = (content: Readable) => Promise<StoredFile>;

/** A message as read from its MIME source (read-message.ts), before it is stored. */
export interface ReadAttachment {
  readonly fileName: string;
  readonly declaredMime: string;
  readonly size: number;
  readonly sha256: string | null;
  readonly head: Buffer;
  /** Why the file was not kept (too large, unreadable): the message itself is kept. */
  readonly refusal: string | null;
}

export interface ReadMessage {
  readonly rawSha256: string;
  readonly messageId: string | null;
  readonly inReplyTo: string | null;
  readonly references: string[];
  readonly from: { name: string; address: string };
  readonly to: string;
  readonly subject: string;
  readonly sentAt: string | null;
  readonly text: string;
  /** At most MAX_DISPLAY_HTML characters (issue 27): a longer HTML is whole in an attachment. */
  readonly html: string | null;
  /** The same HTML made safe with remote images blocked, where the message was read (the sync's thread). */
  readonly safeHtml: { readonly html: string; readonly blockedImages: number } | null;
  readonly attachments: ReadAttachment[];
  /** What was wrong with the message, said in French; it is still kept. */
  readonly problems: string[];
}
