import { createHash } from 'node:crypto';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { MailParser, type AddressObject, type AttachmentStream, type Headers, type MessageText } from 'mailparser';
import type { StoredFile } from '../../../lib/content-store.js';

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

/** Where attachments go while the message is read: the documents store, streamed. */
export type AttachmentSink = (content: Readable) => Promise<StoredFile>;

const MAX_TEXT = 200_000;

const firstAddress = (value: Headers extends Map<string, infer V> ? V : never): { name: string; address: string } => {
  const object = (Array.isArray(value) ? value[0] : value) as AddressObject | undefined;
  const first = object?.value[0];
  return { name: first?.name ?? '', address: (first?.address ?? '').toLowerCase() };
};

const addressText = (value: unknown): string => {
  const objects = (Array.isArray(value) ? value : [value]) as (AddressObject | undefined)[];
  return objects
    .map((object) => object?.text ?? '')
    .filter(Boolean)
    .join(', ');
};

const idList = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/) : [])
    .map((id) => String(id).trim())
    .filter((id) => /^<.+>$/.test(id));

/**
 * Reads one message from a stream: headers, text, HTML, and attachments streamed to the sink
 * (never whole in memory). Malformed MIME, 8-bit headers and a missing Message-ID do not lose the
 * message: what can be read is kept and the problem is said (issue 11).
 */
export async function readMessage(source: Readable, sink: AttachmentSink): Promise<ReadMessage> {
  const rawHash = createHash('sha256');
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      rawHash.update(chunk);
      callback(null, chunk);
    },
  });
  const parser = new MailParser({
    skipImageLinks: true,
    skipTextLinks: true,
    skipTextToHtml: true,
    maxHtmlLengthToParse: 2_000_000,
  });
  let headers: Headers = new Map();
  // Filled by the parser's events (a holder, so the compiler does not assume they stay empty).
  const body: { text: string; html: string | null } = { text: '', html: null };
  const attachments: Promise<ReadAttachment>[] = [];
  const problems: string[] = [];

  parser.on('headers', (parsed: Headers) => {
    headers = parsed;
  });
  parser.on('data', (data: AttachmentStream | MessageText) => {
    if (data.type === 'text') {
      body.text = (data.text ?? '').slice(0, MAX_TEXT);
      if (typeof data.html === 'string') body.html = data.html;
      return;
    }
    const attachment = data;
    const fileName = attachment.filename ?? `piece-jointe-${attachments.length + 1}`;
    const declaredMime = attachment.contentType;
    // The sink reads through a PassThrough so that release() runs once the file is on disk.
    const through = new PassThrough();
    attachment.content.pipe(through);
    attachments.push(
      sink(through)
        .then(
          (stored): ReadAttachment => ({
            fileName,
            declaredMime,
            size: stored.size,
            sha256: stored.sha256,
            head: stored.head,
            refusal: null,
          }),
          (error: unknown): ReadAttachment => {
            through.resume();
            return {
              fileName,
              declaredMime,
              size: 0,
              sha256: null,
              head: Buffer.alloc(0),
              refusal: (error as Error).message,
            };
          },
        )
        .finally(() => {
          // Typed as possibly null; mailparser always gives it for a streamed attachment.
          if (typeof attachment.release === 'function') attachment.release();
        }),
    );
  });

  await new Promise<void>((resolve, reject) => {
    parser.on('end', resolve);
    parser.on('error', (error: Error) => {
      problems.push(`message mal formé : ${error.message}`);
      resolve();
    });
    source.on('error', reject);
    source.pipe(hashing).pipe(parser);
  });
  const files = await Promise.all(attachments);
  const messageId = headers.get('message-id');
  if (typeof messageId !== 'string' || !messageId.trim()) problems.push('message sans identifiant (Message-ID)');
  const date = headers.get('date');
  const subject = headers.get('subject');
  const inReplyTo = idList(headers.get('in-reply-to'))[0] ?? null;
  if (!body.text && !body.html && files.length === 0) problems.push('message sans texte lisible');
  return {
    rawSha256: rawHash.digest('hex'),
    messageId: typeof messageId === 'string' && messageId.trim() ? messageId.trim() : null,
    inReplyTo,
    references: idList(headers.get('references')),
    from: firstAddress(headers.get('from') as never),
    to: addressText(headers.get('to')),
    subject: typeof subject === 'string' ? subject.slice(0, 500) : '',
    sentAt: date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : null,
    text: body.text,
    html: body.html,
    attachments: files,
    problems,
  };
}
