import type { ConnectionOptions } from 'node:tls';
import type { SyncStatus } from '../../../api/common/schemas/inbox.js';
import type { AccountRow } from '../settings-store.js';

/** What the main thread gives a mail sync thread when it starts it. */
export interface SyncWorkerData {
  readonly accountId: number;
  readonly row: AccountRow;
  readonly password: string;
  readonly tls: ConnectionOptions;
  /** Attachments are streamed here (the documents store) from the thread itself. */
  readonly documentsDir: string;
  /** The documents store's key (issue 14): attachments are sealed as they are written. */
  readonly filesKeyHex: string;
  readonly pollMs: number;
}

export interface MessageOrigin {
  readonly folder: string;
  readonly uidvalidity: string;
  readonly uid: number;
}

/** Calls the thread makes to the main thread (where the database is), each answered once. */
export type SyncCall =
  | { readonly method: 'syncState'; readonly args: [folder: string] }
  | { readonly method: 'modes'; readonly args: [folder: string, uidvalidity: string, uids: number[]] }
  | { readonly method: 'reached'; readonly args: [folder: string, uidvalidity: string, uid: number] };

export type FromWorker =
  | ({ readonly type: 'call'; readonly id: number } & SyncCall)
  | { readonly type: 'status'; readonly status: SyncStatus }
  /** A message's bytes are awaited: one more attempt at it (issue 27). */
  | { readonly type: 'reading'; readonly origin: MessageOrigin }
  /** A message read, for the main thread to store with the next batch (issue 25 item 4). */
  | { readonly type: 'read'; readonly message: unknown; readonly origin: MessageOrigin }
  /** Bytes of a message are arriving (the main thread's watchdog, issue 27). */
  | { readonly type: 'alive' }
  | { readonly type: 'stopped' };

export type ToWorker =
  | { readonly type: 'reply'; readonly id: number; readonly value?: unknown; readonly error?: string }
  | { readonly type: 'poke' }
  | { readonly type: 'stop' };
