import type { ImapFlow } from 'imapflow';
import type { SyncStatus } from '../../../api/common/schemas/inbox.js';
import { isoAt, type Clock } from '../../../lib/clock.js';
import type { OpenAccount } from '../accounts.js';
import { describeMailError, imapClient } from './imap-connection.js';
import { syncFolder, type FolderSyncPorts } from './imap-sync.js';

export interface AccountSyncOptions {
  readonly open: () => OpenAccount;
  readonly ports: Omit<FolderSyncPorts, 'progress'>;
  readonly clock: Clock;
  readonly report: (status: SyncStatus) => void;
  /** IDLE can go silent without an event: the folder is also checked at this interval. */
  readonly pollMs?: number;
}

const BACKOFF_MS = [2_000, 5_000, 15_000, 30_000, 60_000, 5 * 60_000];
const AUTH_RETRY_MS = 15 * 60_000;

/**
 * Keeps one account in sync, off the request path: connects, syncs, then waits for the server
 * (IDLE "exists") or the poll, whichever comes first; reconnects with growing delays when the
 * server goes away; stops retrying often when the password is refused. Its state is reported
 * as it changes (issue 11).
 */
export class AccountSync {
  private status: SyncStatus;
  private client: ImapFlow | null = null;
  private stopped = false;
  private wake: (() => void) | null = null;
  private pending = false;
  private failures = 0;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly accountId: number,
    private readonly options: AccountSyncOptions,
  ) {
    this.status = { accountId, state: 'connecting', done: 0, total: 0, since: null, message: 'Connexion…' };
  }

  current(): SyncStatus {
    return this.status;
  }

  start(): void {
    this.loop ??= this.run();
  }

  /** Sync now (a person asked, or the server said a message arrived). */
  poke(): void {
    this.pending = true;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    const client = this.client;
    this.client = null;
    if (client) await client.logout().catch(() => client.close());
    await this.loop?.catch(() => undefined);
  }

  // Read through methods: these change while the loop awaits, which the compiler cannot see.
  private isStopped(): boolean {
    return this.stopped;
  }

  private isPending(): boolean {
    return this.pending;
  }

  private set(status: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...status };
    this.options.report(this.status);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = { id: undefined as NodeJS.Timeout | undefined };
      const done = () => {
        clearTimeout(timer.id);
        this.wake = null;
        resolve();
      };
      timer.id = setTimeout(done, ms);
      this.wake = done;
    });
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      let account: OpenAccount;
      try {
        account = this.options.open();
      } catch (error) {
        this.set({
          state: 'offline',
          since: isoAt(this.options.clock),
          message: `Compte illisible : ${(error as Error).message}`,
        });
        return;
      }
      const server = `${account.row.imap_host}:${account.row.imap_port}`;
      // Set by the client's events: the connection was lost.
      const connection: { lost: Error | null } = { lost: null };
      const client = imapClient(account, (error) => {
        connection.lost = error;
        this.wake?.();
      });
      this.client = client;
      client.on('exists', () => this.poke());
      client.on('close', () => {
        connection.lost ??= new Error('connexion fermée');
        this.wake?.();
      });
      try {
        this.set({ state: 'connecting', message: `Connexion à ${server}…` });
        await client.connect();
        this.failures = 0;
        while (!this.isStopped() && !connection.lost) {
          this.pending = false;
          this.set({ state: 'syncing', done: 0, total: 0, message: 'Synchronisation…' });
          await syncFolder(client, account.row.folder_inbox, {
            ...this.options.ports,
            progress: (done, total) => {
              this.set({ state: 'syncing', done, total, message: `Synchronisation ${done}/${total}` });
            },
          });
          this.set({ state: 'connected', since: isoAt(this.options.clock), message: 'Connecté' });
          // The folder stays selected and IDLE starts at once: the server says "exists" when mail
          // arrives. The next command ends IDLE by itself.
          await client.mailboxOpen(account.row.folder_inbox, { readOnly: true });
          if (!this.isPending()) {
            void client.idle().catch(() => undefined);
            await this.sleep(this.options.pollMs ?? 30_000);
          }
        }
        if (connection.lost) throw connection.lost;
      } catch (error) {
        if (this.isStopped()) break;
        const problem = describeMailError(error, server);
        const offlineSince = this.status.state === 'offline' ? this.status.since : isoAt(this.options.clock);
        this.set({
          state: problem.kind === 'auth' ? 'auth-failed' : 'offline',
          since: offlineSince,
          message: problem.message,
        });
        client.close();
        const delay =
          problem.kind === 'auth'
            ? AUTH_RETRY_MS
            : (BACKOFF_MS[Math.min(this.failures, BACKOFF_MS.length - 1)] as number);
        this.failures += 1;
        await this.sleep(delay);
      }
    }
    this.set({ state: 'disabled', message: 'Synchronisation arrêtée' });
  }
}
