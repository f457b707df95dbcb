import type { EventBus, OutputOf } from '../../../api/common/contract.js';
import type { SyncStatus } from '../../../api/common/schemas/inbox.js';
import type { AccountsService, OpenAccount } from '../accounts.js';
import type { Intake } from '../intake.js';
import { testConnection } from '../send/connection-test.js';
import type { MessageRow, InboxStore } from '../store.js';
import { WorkerAccountSync } from './worker-sync.js';
import { imapClient } from './imap-connection.js';

/** The mail sync of every account, as the inbox area, `paume serve` and the tests drive it. */
export interface SyncManager {
  /** Starts a sync for each enabled account (the server and the window, not the commands). */
  startAll(): void;
  stopAll(): Promise<void>;
  /** After an account is saved: its sync starts again with the new settings. */
  restart(accountId: number): void;
  /** Asks the account's sync to look at the server now rather than at its next poll. */
  syncNow(accountId: number): void;
  status: (accountId: number) => SyncStatus;
  /** Each account's settings (never its secrets) with where its sync is. */
  describeAccounts: () => OutputOf<'inbox.accounts'>;
  /** Connects to the account's servers step by step, saying which step failed. */
  test: (accountId: number) => Promise<OutputOf<'inbox.testAccount'>>;
  /**
   * A person archived: the message moves to the account's archive folder on the server too.
   * The only change Paume makes on the server, and only on a person's action.
   */
  archiveOnServer(row: MessageRow): Promise<void>;
}

/** One AccountSync per enabled account; their states for Cabinet and the Secrétariat header (issue 11). */
export function createSyncManager(deps: {
  accounts: AccountsService;
  store: InboxStore;
  intake: Intake;
  events: EventBus;
  /** The bundled thread (dist/mail-sync-worker.cjs) and where it writes attachments. */
  workerFile: string;
  documentsDir: string;
  filesKeyHex: string;
  pollMs?: number;
  /** How long a sync may make no progress before it is restarted (issue 27); tests shorten it. */
  stallMs?: number;
}): SyncManager {
  const running = new Map<number, WorkerAccountSync>();
  let started = false;

  function startOne(accountId: number) {
    const report = (status: SyncStatus) => {
      deps.events.emit('inbox.sync', status);
    };
    let account: OpenAccount;
    try {
      account = deps.accounts.open(accountId);
    } catch (error) {
      report({
        accountId,
        state: 'offline',
        done: 0,
        total: 0,
        since: null,
        message: `Compte illisible : ${(error as Error).message}`,
      });
      return;
    }
    const sync = new WorkerAccountSync(
      deps.workerFile,
      {
        accountId,
        ...account,
        documentsDir: deps.documentsDir,
        filesKeyHex: deps.filesKeyHex,
        pollMs: deps.pollMs ?? 30_000,
      },
      {
        syncState: (folder) => deps.store.syncState(accountId, folder),
        // A batch and the place it reaches in one transaction: one commit per batch, not three per message.
        store: (batch, place) =>
          deps.store.inTransaction(() => {
            const created: number[] = [];
            for (const { message, origin } of batch) {
              const taken = deps.intake.take(message, { accountId, ...origin });
              if (taken.created) created.push(taken.id);
            }
            if (place) deps.store.saveSyncState(accountId, place.folder, place.uidvalidity, place.uid);
            return created;
          }),
        report,
        arrived: (ids) => {
          deps.events.emit('inbox.changed', { ids });
        },
      },
      deps.stallMs,
    );
    running.set(accountId, sync);
    sync.start();
  }

  const statusOf = (accountId: number, enabled: boolean): SyncStatus =>
    running.get(accountId)?.current() ?? {
      accountId,
      state: 'disabled',
      done: 0,
      total: 0,
      since: null,
      message: enabled ? 'Relève automatique arrêtée (commande ponctuelle)' : 'Compte désactivé',
    };

  return {
    startAll() {
      started = true;
      for (const account of deps.accounts.list()) if (account.enabled === 1) startOne(account.id);
    },
    async stopAll() {
      started = false;
      const all = [...running.values()];
      running.clear();
      await Promise.all(all.map((sync) => sync.stop()));
    },
    /** After an account is saved: its sync starts again with the new settings. */
    restart(accountId: number) {
      const previous = running.get(accountId);
      running.delete(accountId);
      void previous?.stop();
      if (started && deps.accounts.require(accountId).enabled === 1) startOne(accountId);
    },
    syncNow(accountId: number) {
      deps.accounts.require(accountId);
      const sync = running.get(accountId);
      if (sync) sync.poke();
      else if (deps.accounts.require(accountId).enabled === 1) startOne(accountId);
    },
    status: (accountId: number) => statusOf(accountId, true),
    describeAccounts: () =>
      deps.accounts.list().map((row) => ({
        id: row.id,
        label: row.label,
        address: row.address,
        imapHost: row.imap_host,
        imapPort: row.imap_port,
        imapSecurity: row.imap_security,
        smtpHost: row.smtp_host,
        smtpPort: row.smtp_port,
        smtpSecurity: row.smtp_security,
        login: row.login,
        hasClientCertificate: row.client_cert_sealed !== null,
        serverCaPem: row.server_ca_pem,
        folderInbox: row.folder_inbox,
        folderSent: row.folder_sent,
        folderArchive: row.folder_archive,
        enabled: row.enabled === 1,
        sync: statusOf(row.id, row.enabled === 1),
      })),
    test: (accountId: number) => testConnection(deps.accounts.open(accountId)),
    /**
     * A person archived: the message moves to the account's archive folder on the server too.
     * The only change Paume makes on the server, and only on a person's action.
     */
    async archiveOnServer(row: MessageRow): Promise<void> {
      if (row.account_id === null || row.uid === null) return;
      const account = deps.accounts.open(row.account_id);
      const client = imapClient(account);
      try {
        await client.connect();
        const lock = await client.getMailboxLock(row.folder);
        try {
          if (String(client.mailbox && client.mailbox.uidValidity) === row.uidvalidity)
            await client.messageMove(String(row.uid), account.row.folder_archive, { uid: true });
        } finally {
          lock.release();
        }
        await client.logout();
      } catch {
        client.close();
      }
    },
  };
}
