import type { ImapFlow } from 'imapflow';
import type { Readable } from 'node:stream';
import type { Intake } from '../intake.js';
import { readMessage, type AttachmentSink } from '../mime/read-message.js';
import type { InboxStore } from '../store.js';

export interface FolderSyncDeps {
  readonly store: InboxStore;
  readonly intake: Intake;
  readonly sink: AttachmentSink;
  readonly progress: (done: number, total: number) => void;
  readonly arrived: (ids: number[]) => void;
}

/**
 * Brings one folder up to date. Messages are keyed on (UIDVALIDITY, UID): the last UID taken is
 * saved after each message, so a sync cut off resumes where it stopped; the unread flag is never
 * read or changed (BODY.PEEK); a new UIDVALIDITY starts again from the first UID and the intake
 * recognises what it already has by its bytes (issue 11).
 */
export async function syncFolder(
  client: ImapFlow,
  accountId: number,
  folder: string,
  deps: FolderSyncDeps,
): Promise<number> {
  const lock = await client.getMailboxLock(folder, { readOnly: true });
  try {
    const mailbox = client.mailbox;
    if (!mailbox) throw new Error(`dossier ${folder} non ouvert`);
    const uidValidity = String(mailbox.uidValidity);
    const saved = deps.store.syncState(accountId, folder);
    const from = saved && saved.uidvalidity === uidValidity ? saved.last_uid : 0;
    if (mailbox.exists === 0) {
      deps.store.saveSyncState(accountId, folder, uidValidity, from);
      return 0;
    }
    const found = await client.search({ uid: `${from + 1}:*` }, { uid: true });
    const uids = (found || []).filter((uid) => uid > from).sort((a, b) => a - b);
    deps.progress(0, uids.length);
    let created = 0;
    let batch: number[] = [];
    for (const [index, uid] of uids.entries()) {
      const download = await client.download(String(uid), undefined, { uid: true });
      const message = await readMessage(download.content as Readable, deps.sink);
      const taken = deps.intake.take(message, { accountId, folder, uidvalidity: uidValidity, uid });
      deps.store.saveSyncState(accountId, folder, uidValidity, uid);
      if (taken.created) {
        created += 1;
        batch.push(taken.id);
      }
      // Progress and arrivals every few messages: a first sync of 10,000 sends hundreds, not thousands, of events.
      if (batch.length >= 25 || index === uids.length - 1 || index % 25 === 0) {
        deps.progress(index + 1, uids.length);
        if (batch.length) deps.arrived(batch);
        batch = [];
      }
    }
    if (batch.length) deps.arrived(batch);
    return created;
  } finally {
    lock.release();
  }
}
