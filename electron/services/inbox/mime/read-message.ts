import { createHash } from 'node:crypto';
import { PassThrough, Transform, type Readable } from 'node:stream';
import type { AddressObject, AttachmentStream, Headers, MessageText } from 'mailparser';
import { onFirstUse } from '../../../lib/first-use.js';
import { UNREADABLE_MESSAGE } from '../../../api/common/schemas/inbox.js';
import { boundDisplayHtml } from './display-html.js';
import { safeHtml } from './safe-html.js';
import { withNeutralNames } from './neutral-names.js';
import type { AttachmentSink, ReadAttachment, ReadMessage } from './read-types.js';

export type { AttachmentSink, ReadAttachment, ReadMessage } from './read-types.js';

const MAX_TEXT = 200_000;

// Loaded with the first message read, not at start (issue 25).
const mailParsing = onFirstUse('mailparser', () => require('mailparser') as typeof import('mailparser'));
/** Beyond these a message is not parsed (a hostile or broken one): it is kept and set aside. */
export const MAX_MIME_PARTS = 300;
export const MAX_PARSE_MS = 20_000;
export { UNREADABLE_MESSAGE };

/**
 * Counts the part headers (Content-Type lines) going by, across chunk ends, so a message of
 * thousands of parts is stopped before the parser spends unbounded time on it.
 */
function partCounter(onTooMany: (parts: number) => void) {
  let parts = 0;
  let tail = '';
  return (chunk: Buffer) => {
    const text = tail + chunk.toString('latin1');
    const found = text.match(/(^|\n)content-type:/gi);
    parts += found ? found.length : 0;
    // Keep the last few characters so a header cut between two chunks is still seen once.
    const cut = text.lastIndexOf('\n');
    tail = cut >= 0 && text.length - cut < 16 ? text.slice(cut) : '';
    if (tail && /^\ncontent-type:/i.test(tail)) tail = '';
    if (parts > MAX_MIME_PARTS) onTooMany(parts);
  };
}

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

/** The header block alone of a message set aside, so it still shows its sender and subject on the queue. */
export async function headersOnly(head: Buffer): Promise<Headers> {
  const text = head.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const block = end >= 0 ? head.subarray(0, end) : head;
  // The message's own Content-Type (with its continuation lines) goes: only the headers are read here.
  const headerLines: string[] = [];
  let droppingContentType = false;
  for (const line of block.toString('latin1').split(/\r?\n/)) {
    if (/^\s/.test(line)) {
      if (!droppingContentType) headerLines.push(line);
      continue;
    }
    droppingContentType = /^content-type:/i.test(line);
    if (!droppingContentType) headerLines.push(line);
  }
  const parsed = await mailParsing().simpleParser(
    Buffer.from(`${headerLines.join('\r\n')}\r\nContent-Type: text/plain\r\n\r\n`, 'latin1'),
  );
  return parsed.headers;
}

/**
 * Reads one message from a stream: headers, text, HTML, and attachments streamed to the sink
 * (never whole in memory). Malformed MIME, 8-bit headers and a missing Message-ID do not lose the
 * message: what can be read is kept and the problem is said (issue 11).
 */
export async function readMessage(source: Readable, sink: AttachmentSink): Promise<ReadMessage> {
  const rawHash = createHash('sha256');
  // Set once the message is given up: the rest is still read (hashed, the download completes) but not parsed.
  const aside: { why: string | null; finish: (() => void) | null } = { why: null, finish: null };
  const setAside = (why: string) => {
    if (aside.why !== null) return;
    aside.why = why;
    aside.finish?.();
  };
  const headBytes: Buffer[] = [];
  let headSize = 0;
  // Read through a function: counting changes it inside the transform, which the compiler cannot see.
  const isAside = () => aside.why !== null;
  const countParts = partCounter((parts) => {
    setAside(`${UNREADABLE_MESSAGE} (plus de ${MAX_MIME_PARTS} parties MIME, ${parts} vues)`);
  });
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      rawHash.update(chunk);
      if (headSize < 65_536) {
        headBytes.push(chunk);
        headSize += chunk.length;
      }
      if (isAside()) {
        callback();
        return;
      }
      countParts(chunk);
      // Counting may have given the message up: this chunk is then not parsed either.
      callback(null, isAside() ? undefined : chunk);
    },
  });
  const parser = new (mailParsing().MailParser)({
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

  // Bounded time per message: a parser that neither ends nor fails gives the message up.
  const parseTimer = setTimeout(() => {
    setAside(`${UNREADABLE_MESSAGE} (lecture de plus de ${MAX_PARSE_MS / 1000} s)`);
  }, MAX_PARSE_MS);
  await new Promise<void>((resolve, reject) => {
    parser.on('end', resolve);
    parser.on('error', (error: Error) => {
      problems.push(`message mal formé : ${error.message}`);
      resolve();
    });
    source.on('error', reject);
    // Given up: the parser is left, the source is drained to its end for the raw hash.
    aside.finish = () => {
      hashing.unpipe(parser);
      parser.removeAllListeners('data');
      hashing.resume();
      if (hashing.writableFinished) resolve();
      else hashing.on('finish', () => resolve());
    };
    source.pipe(hashing).pipe(parser);
  });
  const files: ReadAttachment[] = aside.why
    ? []
    : await Promise.race([
        Promise.all(attachments),
        new Promise<ReadAttachment[]>((resolve) => {
          aside.finish = () => {
            resolve([]);
          };
        }),
      ]);
  clearTimeout(parseTimer);
  if (aside.why) {
    problems.push(aside.why);
    body.text = '';
    body.html = null;
    headers = await headersOnly(Buffer.concat(headBytes).subarray(0, 65_536));
  }
  if (body.html !== null) {
    const bounded = await boundDisplayHtml(body.html, sink);
    body.html = bounded.html;
    if (bounded.file) files.push(bounded.file);
    if (bounded.problem) problems.push(bounded.problem);
  }
  return messageOf(headers, { rawSha256: rawHash.digest('hex'), text: body.text, html: body.html, files, problems });
}

/** A message as stored from its headers and what was read of its body (also a message set aside, kept raw). */
export function messageOf(
  headers: Headers,
  read: { rawSha256: string; text: string; html: string | null; files: ReadAttachment[]; problems: string[] },
): ReadMessage {
  const problems = [...read.problems];
  const messageId = headers.get('message-id');
  if (typeof messageId !== 'string' || !messageId.trim()) problems.push('message sans identifiant (Message-ID)');
  const date = headers.get('date');
  const subject = headers.get('subject');
  const inReplyTo = idList(headers.get('in-reply-to'))[0] ?? null;
  if (!read.text && !read.html && read.files.length === 0) problems.push('message sans texte lisible');
  return withNeutralNames({
    rawSha256: read.rawSha256,
    messageId: typeof messageId === 'string' && messageId.trim() ? messageId.trim() : null,
    inReplyTo,
    references: idList(headers.get('references')),
    from: firstAddress(headers.get('from') as never),
    to: addressText(headers.get('to')),
    subject: typeof subject === 'string' ? subject.slice(0, 500) : '',
    sentAt: date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : null,
    text: read.text,
    html: read.html,
    // Made safe here, where the message is read (the sync's thread), not at each opening (issue 27).
    safeHtml: read.html === null ? null : safeHtml(read.html, false),
    attachments: read.files,
    problems,
  });
}
