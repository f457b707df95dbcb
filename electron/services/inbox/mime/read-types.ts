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
  readonly html: string | null;
  readonly attachments: ReadAttachment[];
  /** What was wrong with the message, said in French; it is still kept. */
  readonly problems: string[];
}
