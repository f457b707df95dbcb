import { parentPort, workerData } from 'node:worker_threads';
import { streamIntoStore } from '../../../lib/content-store.js';
import { fileVault } from '../../../lib/file-vault.js';
import type { ReadMessage } from '../mime/read-message.js';
import { AccountSync } from './account-sync.js';
import type { FromWorker, SyncCall, SyncWorkerData, ToWorker } from './worker-protocol.js';

/**
 * The mail sync thread (issue 11, HOUSE.md rule 7): IMAP, MIME parsing and attachments written
 * to disk happen here, off the server's thread; each message read is handed to the main thread,
 * which stores and sorts it in batches, each with the folder's place (issue 25 item 4).
 * Bundled with its libraries into dist/mail-sync-worker.cjs (scripts/build-workers.mjs).
 */
const port = parentPort;
if (!port) throw new Error('sync-worker.ts runs as a worker thread');
const data = workerData as SyncWorkerData;
const vault = fileVault(Buffer.from(data.filesKeyHex, 'hex'));
const post = (message: FromWorker) => {
  port.postMessage(message);
};

const MAX_ATTACHMENT_BYTES = 100 * 1_048_576;
let nextCall = 1;
const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
function call<T>(request: SyncCall): Promise<T> {
  const id = nextCall;
  nextCall += 1;
  return new Promise<T>((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
    post({ type: 'call', id, ...request });
  });
}

const sync = new AccountSync(data.accountId, {
  open: () => ({
    row: data.row,
    password: data.password,
    // A Buffer crosses threads as a Uint8Array: TLS wants it back as a Buffer.
    tls: { ...data.tls, ...(data.tls.pfx ? { pfx: Buffer.from(data.tls.pfx as Uint8Array) } : {}) },
  }),
  clock: Date.now,
  pollMs: data.pollMs,
  report: (status) => {
    post({ type: 'status', status });
  },
  ports: {
    syncState: (folder) => call({ method: 'syncState', args: [folder] }),
    modes: (folder, uidvalidity, uids) => call({ method: 'modes', args: [folder, uidvalidity, uids] }),
    reading: (origin) => {
      post({ type: 'reading', origin });
    },
    read: (message: ReadMessage, origin) => {
      post({ type: 'read', message, origin });
    },
    reached: (folder, uidvalidity, uid) => call({ method: 'reached', args: [folder, uidvalidity, uid] }),
    alive: () => {
      post({ type: 'alive' });
    },
    sink: (content) => streamIntoStore(data.documentsDir, content, MAX_ATTACHMENT_BYTES, vault),
  },
});

port.on('message', (message: ToWorker) => {
  if (message.type === 'reply') {
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error !== undefined) pending?.reject(new Error(message.error));
    else pending?.resolve(message.value);
  } else if (message.type === 'poke') sync.poke();
  else
    void sync.stop().finally(() => {
      post({ type: 'stopped' });
    });
});
sync.start();
