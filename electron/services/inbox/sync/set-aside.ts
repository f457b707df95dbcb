import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import type { ImapFlow } from 'imapflow';
import { UNREADABLE_MESSAGE } from '../../../api/common/schemas/inbox.js';
import { headersOnly, messageOf, type AttachmentSink, type ReadMessage } from '../mime/read-message.js';

/**
 * How the sync takes one message (issue 27 item 2), decided by the main thread from the attempts
 * it has seen: read it; after two attempts that failed or hung, keep it raw without parsing it;
 * after the raw copy hung too, keep only its header block.
 */
export type ReadMode = 'read' | 'raw' | 'headers';

export const RAW_COPY_NAME = 'message-original.eml';
/**
 * A message streamed alone comes by partial FETCHes of this size (imapflow's own is 64 KB: a
 * 25 MB attachment was 400 round trips); the thread's memory holds one at a time.
 */
export const DOWNLOAD_CHUNK_BYTES = 1_048_576;
const HEAD_BYTES = 65_536;

/**
 * Passes a download through, saying it is alive as bytes arrive (at most twice a second); an
 * error of the download reaches the reader.
 */
export function beating(source: Readable, alive: () => void): Readable {
  let last = 0;
  const beat = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const now = Date.now();
      if (now - last > 500) {
        last = now;
        alive();
      }
      callback(null, chunk);
    },
  });
  source.on('error', (error) => beat.destroy(error));
  return source.pipe(beat);
}

/** The first bytes going by, for the header block, without holding the rest. */
function headKeeper(): { stream: Transform; head: () => Buffer } {
  const parts: Buffer[] = [];
  let size = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (size < HEAD_BYTES) {
        parts.push(chunk.subarray(0, HEAD_BYTES - size));
        size += Math.min(chunk.length, HEAD_BYTES - size);
      }
      callback(null, chunk);
    },
  });
  return { stream, head: () => Buffer.concat(parts) };
}

/**
 * Downloads the message whole into the documents store, unparsed: the person can still open it in
 * a mail program, and nothing is lost. Its header block gives the queue its sender and subject.
 */
export async function rawCopy(
  client: ImapFlow,
  uid: number,
  sink: AttachmentSink,
  alive: () => void,
): Promise<{ headBytes: Buffer; file: ReadMessage['attachments'][number] }> {
  const download = await client.download(String(uid), undefined, { uid: true, chunkSize: DOWNLOAD_CHUNK_BYTES });
  const keeper = headKeeper();
  const beat = beating(download.content as Readable, alive);
  beat.on('error', (error) => keeper.stream.destroy(error));
  const source = beat.pipe(keeper.stream);
  try {
    const stored = await sink(source);
    return {
      headBytes: keeper.head(),
      file: {
        fileName: RAW_COPY_NAME,
        declaredMime: 'message/rfc822',
        size: stored.size,
        sha256: stored.sha256,
        head: stored.head,
        refusal: null,
      },
    };
  } catch (error) {
    // Too large for the store: the message stays on the server, said on the queue.
    source.resume();
    return {
      headBytes: keeper.head(),
      file: {
        fileName: RAW_COPY_NAME,
        declaredMime: 'message/rfc822',
        size: 0,
        sha256: null,
        head: Buffer.alloc(0),
        refusal: (error as Error).message,
      },
    };
  }
}

/** A message the sync gave up reading: its raw copy, or its headers alone, flagged on the queue. */
export async function setAside(
  client: ImapFlow,
  uid: number,
  mode: Exclude<ReadMode, 'read'>,
  ports: { sink: AttachmentSink; alive: () => void },
  origin: { uidvalidity: string },
): Promise<ReadMessage> {
  if (mode === 'raw') {
    const copy = await rawCopy(client, uid, ports.sink, ports.alive);
    return messageOf(await headersOnly(copy.headBytes), {
      // The stored copy's hash is the raw message's: a resync recognises it as any other.
      rawSha256: copy.file.sha256 ?? unreadHash(origin.uidvalidity, uid, copy.headBytes),
      text: '',
      html: null,
      files: [copy.file],
      problems: [`${UNREADABLE_MESSAGE} (la relève a échoué deux fois sur ce message ; gardé tel quel)`],
    });
  }
  const fetched = await client.fetchOne(String(uid), { headers: true }, { uid: true });
  const headBytes = (fetched && fetched.headers ? fetched.headers : Buffer.alloc(0)).subarray(0, HEAD_BYTES);
  return messageOf(await headersOnly(headBytes), {
    rawSha256: unreadHash(origin.uidvalidity, uid, headBytes),
    text: '',
    html: null,
    files: [],
    problems: [`${UNREADABLE_MESSAGE} (la relève s’est bloquée sur ce message ; il est resté sur le serveur)`],
  });
}

/** Stands for the raw hash of a message never downloaded: the same server message gives the same value. */
const unreadHash = (uidvalidity: string, uid: number, headBytes: Buffer) =>
  createHash('sha256').update(`non relevé ${uidvalidity} ${uid}\n`).update(headBytes).digest('hex');
