import type { ImapFlow } from 'imapflow';
import type { Readable } from 'node:stream';
import { UNREADABLE_MESSAGE } from '../../../api/common/schemas/inbox.js';
import { readMessage, type AttachmentSink, type ReadMessage } from '../mime/read-message.js';
import { beating, rawCopy, setAside, type ReadMode } from './set-aside.js';

/**
 * What a folder sync needs from the rest of Paume. The sync runs in a worker thread
 * (sync-worker.ts): these calls cross to the main thread, where the database is.
 */
export interface FolderSyncPorts {
  readonly syncState: (folder: string) => Promise<{ uidvalidity: string; last_uid: number } | null>;
  readonly saveSyncState: (folder: string, uidvalidity: string, lastUid: number) => Promise<void>;
  readonly take: (
    message: ReadMessage,
    origin: { folder: string; uidvalidity: string; uid: number },
  ) => Promise<{ id: number; created: boolean }>;
  readonly sink: AttachmentSink;
  /** Said before each message: the main thread counts attempts and answers how to take it (issue 27). */
  readonly begin: (origin: { folder: string; uidvalidity: string; uid: number }) => Promise<ReadMode>;
  /** Bytes are arriving: the sync is not stuck. */
  readonly alive: () => void;
  readonly progress: (done: number, total: number) => void;
  readonly arrived: (ids: number[]) => void;
}

/**
 * Brings one folder up to date. Messages are keyed on (UIDVALIDITY, UID): the last UID taken is
 * saved after each message, so a sync cut off resumes where it stopped; the unread flag is never
 * read or changed (BODY.PEEK); a new UIDVALIDITY starts again from the first UID and the intake
 * recognises what it already has by its bytes (issue 11). A message that failed or hung twice is
 * set aside rather than stop the messages after it (issue 27).
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
      await ports.saveSyncState(folder, uidValidity, from);
      return 0;
    }
    const found = await client.search({ uid: `${from + 1}:*` }, { uid: true });
    const uids = (found || []).filter((uid) => uid > from).sort((a, b) => a - b);
    ports.progress(0, uids.length);
    let created = 0;
    let batch: number[] = [];
    for (const [index, uid] of uids.entries()) {
      const mode = await ports.begin({ folder, uidvalidity: uidValidity, uid });
      const message =
        mode === 'read'
          ? await readWithRawCopy(client, uid, ports)
          : await setAside(client, uid, mode, ports, { uidvalidity: uidValidity });
      const taken = await ports.take(message, { folder, uidvalidity: uidValidity, uid });
      await ports.saveSyncState(folder, uidValidity, uid);
      if (taken.created) {
        created += 1;
        batch.push(taken.id);
      }
      // Progress and arrivals every few messages: a first sync of 10,000 sends hundreds, not thousands, of events.
      if (batch.length >= 25 || index === uids.length - 1 || index % 25 === 0) {
        ports.progress(index + 1, uids.length);
        if (batch.length) ports.arrived(batch);
        batch = [];
      }
    }
    if (batch.length) ports.arrived(batch);
    return created;
  } finally {
    lock.release();
  }
}

/** Reads a message; one the parser gave up (thousands of parts, too long) is also kept raw (issue 27). */
async function readWithRawCopy(client: ImapFlow, uid: number, ports: FolderSyncPorts): Promise<ReadMessage> {
  const download = await client.download(String(uid), undefined, { uid: true });
  const message = await readMessage(beating(download.content as Readable, ports.alive), ports.sink);
  if (!message.problems.some((problem) => problem.startsWith(UNREADABLE_MESSAGE))) return message;
  const copy = await rawCopy(client, uid, ports.sink, ports.alive);
  return { ...message, attachments: [copy.file] };
}
