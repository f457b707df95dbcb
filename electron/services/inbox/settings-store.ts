import type { Db } from '../../../db/connection.js';

/** The inbox's settings: mail accounts (secrets sealed), the protocol, the canned replies. */
export interface AccountRow {
  id: number;
  label: string;
  address: string;
  imap_host: string;
  imap_port: number;
  imap_security: 'tls' | 'starttls' | 'none';
  smtp_host: string;
  smtp_port: number;
  smtp_security: 'tls' | 'starttls' | 'none';
  login: string;
  password_sealed: string;
  client_cert_sealed: string | null;
  client_pass_sealed: string | null;
  server_ca_pem: string;
  folder_inbox: string;
  folder_sent: string;
  folder_archive: string;
  enabled: number;
}
export type AccountFields = Omit<AccountRow, 'id'>;

const ACCOUNT_COLUMNS = [
  'label',
  'address',
  'imap_host',
  'imap_port',
  'imap_security',
  'smtp_host',
  'smtp_port',
  'smtp_security',
  'login',
  'password_sealed',
  'client_cert_sealed',
  'client_pass_sealed',
  'server_ca_pem',
  'folder_inbox',
  'folder_sent',
  'folder_archive',
  'enabled',
] as const;

export function createInboxSettingsStore(db: Db) {
  const insertAccount = db.prepare(
    `INSERT INTO mail_accounts (${ACCOUNT_COLUMNS.join(', ')}, created_at, updated_at)
     VALUES (${ACCOUNT_COLUMNS.map((column) => `@${column}`).join(', ')}, @now, @now)`,
  );
  const updateAccount = db.prepare(
    `UPDATE mail_accounts SET ${ACCOUNT_COLUMNS.map((column) => `${column} = @${column}`).join(', ')}, updated_at = @now
     WHERE id = @id`,
  );
  const accounts = db.prepare<[], AccountRow>('SELECT * FROM mail_accounts ORDER BY id');
  const account = db.prepare<[number], AccountRow>('SELECT * FROM mail_accounts WHERE id = ?');
  const protocol = db.prepare<[], { protocol_json: string }>('SELECT protocol_json FROM mail_protocol WHERE id = 1');
  const saveProtocol =
    db.prepare(`INSERT INTO mail_protocol (id, protocol_json, updated_by, updated_at) VALUES (1, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET protocol_json = excluded.protocol_json, updated_by = excluded.updated_by,
    updated_at = excluded.updated_at`);
  const canned = db.prepare<[], { id: number; title: string; body: string }>(
    'SELECT id, title, body FROM mail_canned_replies ORDER BY title',
  );
  const cannedOne = db.prepare<[number], { id: number; title: string; body: string }>(
    'SELECT id, title, body FROM mail_canned_replies WHERE id = ?',
  );

  return {
    accounts: () => accounts.all(),
    account: (id: number) => account.get(id) ?? null,
    insertAccount: (fields: AccountFields, now: string) =>
      Number(insertAccount.run({ ...fields, now }).lastInsertRowid),
    updateAccount: (id: number, fields: AccountFields, now: string) => updateAccount.run({ ...fields, id, now }),
    protocolJson: () => protocol.get()?.protocol_json ?? null,
    saveProtocol: (json: string, userId: number, now: string) => saveProtocol.run(json, userId, now),
    resetProtocol: () => db.prepare('DELETE FROM mail_protocol').run(),
    cannedReplies: () => canned.all(),
    cannedReply: (id: number) => cannedOne.get(id) ?? null,
    saveCanned(id: number | null, title: string, body: string, now: string): number {
      if (id === null)
        return Number(
          db.prepare('INSERT INTO mail_canned_replies (title, body, updated_at) VALUES (?, ?, ?)').run(title, body, now)
            .lastInsertRowid,
        );
      db.prepare('UPDATE mail_canned_replies SET title = ?, body = ?, updated_at = ? WHERE id = ?').run(
        title,
        body,
        now,
        id,
      );
      return id;
    },
    deleteCanned: (id: number) => db.prepare('DELETE FROM mail_canned_replies WHERE id = ?').run(id).changes,
  };
}
export type InboxSettingsStore = ReturnType<typeof createInboxSettingsStore>;
