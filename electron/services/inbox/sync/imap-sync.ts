import type { ImapFlow } from 'imapflow';
import { Readable } from 'node:stream';
import { UNREADABLE_MESSAGE } from '../../../api/common/schemas/inbox.js';
import { readMessage, type AttachmentSink, type ReadMessage } from '../mime/read-message.js';
import { beating, DOWNLOAD_CHUNK_BYTES, rawCopy, setAside, type ReadMode } from './set-aside.js';
import { planSync, uidSet, type ListedMessage } from './sync-plan.js';
import type { MessageOrigin } from './worker-protocol.js';

/**
 * What a folder sync needs from the rest of Paume. The sync runs in a worker thread
 * (sync-worker.ts): these calls cross to the main thread, where the database is. Messages are
 * posted without waiting; the main thread stores them in batches, each in one transaction, and
 * the folder's place is saved with the batch that completes a step (issue 25 item 4).
 */
export interface FolderSyncPorts {
  /** Where the folder's sync stopped; the main thread first stores what it was handed. */
  readonly syncState: (folder: string) => Promise<{ uidvalidity: string; last_uid: number } | null>;
  /** How the messages with earlier attempts are to be taken this time (issue 27); the others are read. */
  readonly modes: (folder: string, uidvalidity: string, uids: number[]) => Promise<Record<number, ReadMode>>;
  /** Said before a message's bytes are awaited: the main thread counts one more attempt at it. */
  readonly reading: (origin: MessageOrigin) => void;
  /** A message read, handed over. */
  readonly read: (message: ReadMessage, origin: MessageOrigin) => void;
  /** Every message up to this UID is handed over: resolves once they and this place are stored. */
  readonly reached: (folder: string, uidvalidity: string, uid: number) => Promise<void>;
  readonly sink: AttachmentSink;
  /** Bytes are arriving: the sync is not stuck. */
  readonly alive: () => void;
  readonly progress: (done: number, total: number) => void;
}

/**
 * Brings one folder up to date. Messages are keyed on (UIDVALIDITY, UID): the place is saved with
 * each batch stored, so a sync cut off resumes where it stopped and a message handed over twice is
 * recognised by its bytes (nothing doubled); the unread flag is never read or changed (BODY.PEEK);
 * a new UIDVALIDITY starts again from the first UID (issue 11). A message that failed or hung
 * twice is set aside rather than stop the messages after it (issue 27).
 */
export async function syncFolder(client: ImapFlow, folder: string, ports: FolderSyncPorts): Promise<number> {
  const lock = await client.getMailboxLock(folder, { readOnly: true });
  try {
    const mailbox = client.mailbox;
    if (!mailbox) throw new Error(`dossier ${folder} non ouvert`);
    const uidValidity = String(mailbox.uidValidity);
    const saved = await ports.syncState(folder);
    const from = saved && saved.uidvalidity === uidValidity ? saved.last_uid : 0;
    if (mailbox.exists === 0) {
      await ports.reached(folder, uidValidity, from);
      return 0;
    }
    const listed = await listAfter(client, from);
    ports.progress(0, listed.length);
    if (!listed.length) return 0;
    const uids = listed.map((message) => message.uid);
    const modes = await ports.modes(folder, uidValidity, uids);
    const origin = (uid: number): MessageOrigin => ({ folder, uidvalidity: uidValidity, uid });
    let done = 0;
    // One step is read while the one before it is stored: the thread never runs far ahead.
    let storing: Promise<void> = Promise.resolve();
    for (const step of planSync(listed, modes)) {
      if (step.kind === 'range') await readRange(client, step.uids, origin, ports);
      else {
        ports.reading(origin(step.uid));
        const message =
          step.mode === 'read'
            ? await readStreamed(client, step.uid, ports)
            : await setAside(client, step.uid, step.mode, ports, { uidvalidity: uidValidity });
        ports.read(message, origin(step.uid));
      }
      done += step.kind === 'range' ? step.uids.length : 1;
      const last = step.kind === 'range' ? (step.uids.at(-1) as number) : step.uid;
      await storing;
      storing = ports.reached(folder, uidValidity, last);
      ports.progress(done, listed.length);
    }
    await storing;
    return listed.length;
  } finally {
    lock.release();
  }
}

/** The UIDs and sizes of the messages after `from`, in one FETCH (« n:* » names the last message when none is newer). */
async function listAfter(client: ImapFlow, from: number): Promise<ListedMessage[]> {
  const listed: ListedMessage[] = [];
  for await (const fetched of client.fetch(`${from + 1}:*`, { uid: true, size: true }, { uid: true }))
    if (fetched.uid > from) listed.push({ uid: fetched.uid, size: fetched.size ?? 0 });
  return listed;
}

/** A message held whole, given to the parser in slices as a download would be. */
function sliced(source: Buffer): Readable {
  const slices: Buffer[] = [];
  for (let offset = 0; offset < source.length; offset += 65_536) slices.push(source.subarray(offset, offset + 65_536));
  return Readable.from(slices, { objectMode: false });
}

/**
 * Reads a range of messages with one FETCH. Before each message's bytes are awaited the main
 * thread is told which one: if the server or the parser hangs there, that message is the one
 * counted. A message the parser gave up is kept raw once the FETCH is over (one command at a time
 * on a connection).
 */
async function readRange(
  client: ImapFlow,
  uids: readonly number[],
  origin: (uid: number) => MessageOrigin,
  ports: FolderSyncPorts,
): Promise<void> {
  const giveUp: { uid: number; message: ReadMessage }[] = [];
  ports.reading(origin(uids[0] as number));
  for await (const fetched of client.fetch(uidSet(uids), { uid: true, source: true }, { uid: true })) {
    if (fetched.source) {
      const message = await readMessage(sliced(fetched.source), ports.sink);
      if (isUnreadable(message)) giveUp.push({ uid: fetched.uid, message });
      else ports.read(message, origin(fetched.uid));
    }
    const next = uids[uids.indexOf(fetched.uid) + 1];
    if (next !== undefined) ports.reading(origin(next));
  }
  for (const { uid, message } of giveUp) {
    const copy = await rawCopy(client, uid, ports.sink, ports.alive);
    ports.read({ ...message, attachments: [copy.file] }, origin(uid));
  }
}

const isUnreadable = (message: ReadMessage) =>
  message.problems.some((problem) => problem.startsWith(UNREADABLE_MESSAGE));

/** Reads a large message as it downloads; one the parser gave up (thousands of parts, too long) is also kept raw (issue 27). */
async function readStreamed(client: ImapFlow, uid: number, ports: FolderSyncPorts): Promise<ReadMessage> {
  const download = await client.download(String(uid), undefined, { uid: true, chunkSize: DOWNLOAD_CHUNK_BYTES });
  const message = await readMessage(beating(download.content as Readable, ports.alive), ports.sink);
  if (!isUnreadable(message)) return message;
  const copy = await rawCopy(client, uid, ports.sink, ports.alive);
  return { ...message, attachments: [copy.file] };
}
