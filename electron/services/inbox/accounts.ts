import type { ConnectionOptions } from 'node:tls';
import { DomainError } from '../../api/common/result.js';
import type { MailAccountInput } from '../../api/common/schemas/inbox.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { SecretSealer } from '../../lib/secret-box.js';
import type { AccountFields, AccountRow, InboxSettingsStore } from './settings-store.js';

/** An account with its secrets opened, for the sync and the SMTP sender only (never sent to a window). */
export interface OpenAccount {
  readonly row: AccountRow;
  readonly password: string;
  /** TLS options: the client certificate (PKCS#12) and the server's own authority, when set. */
  readonly tls: ConnectionOptions;
}

/** Mail accounts, their secrets sealed before they reach the database (issue 11). */
export function createAccountsService(deps: { settings: InboxSettingsStore; secrets: SecretSealer; clock: Clock }) {
  const { settings, secrets } = deps;

  function require(id: number): AccountRow {
    const row = settings.account(id);
    if (!row)
      throw new DomainError('NOT_FOUND', `Compte de messagerie introuvable (n° ${id}).`, { id: 'compte introuvable' });
    return row;
  }

  return {
    require,
    list: () => settings.accounts(),

    save(input: MailAccountInput): number {
      const before = input.id === null ? null : require(input.id);
      if (!before && !input.password)
        throw new DomainError('INVALID_INPUT', 'Le mot de passe du compte est obligatoire.', {
          password: 'obligatoire',
        });
      if (input.clientCertificate && !input.clientPassphrase && !before?.client_pass_sealed)
        throw new DomainError('INVALID_INPUT', 'La phrase secrète du certificat client est obligatoire.', {
          clientPassphrase: 'obligatoire avec un certificat',
        });
      const keepCertificate = !input.removeClientCertificate && !input.clientCertificate;
      const fields: AccountFields = {
        label: input.label,
        address: input.address.toLowerCase(),
        imap_host: input.imapHost,
        imap_port: input.imapPort,
        imap_security: input.imapSecurity,
        smtp_host: input.smtpHost,
        smtp_port: input.smtpPort,
        smtp_security: input.smtpSecurity,
        login: input.login,
        password_sealed: input.password
          ? secrets.seal(Buffer.from(input.password, 'utf8'))
          : (before?.password_sealed ?? ''),
        client_cert_sealed: input.clientCertificate
          ? secrets.seal(input.clientCertificate)
          : keepCertificate
            ? (before?.client_cert_sealed ?? null)
            : null,
        client_pass_sealed: input.clientPassphrase
          ? secrets.seal(Buffer.from(input.clientPassphrase, 'utf8'))
          : keepCertificate || input.clientCertificate
            ? (before?.client_pass_sealed ?? null)
            : null,
        server_ca_pem: input.serverCaPem,
        folder_inbox: input.folderInbox,
        folder_sent: input.folderSent,
        folder_archive: input.folderArchive,
        enabled: input.enabled ? 1 : 0,
      };
      const now = isoAt(deps.clock);
      if (before) {
        settings.updateAccount(before.id, fields, now);
        return before.id;
      }
      return settings.insertAccount(fields, now);
    },

    open(id: number): OpenAccount {
      const row = require(id);
      const tls: ConnectionOptions = { minVersion: 'TLSv1.2' };
      if (row.client_cert_sealed) {
        tls.pfx = secrets.open(row.client_cert_sealed);
        if (row.client_pass_sealed) tls.passphrase = secrets.open(row.client_pass_sealed).toString('utf8');
      }
      if (row.server_ca_pem.trim()) tls.ca = row.server_ca_pem;
      return { row, password: secrets.open(row.password_sealed).toString('utf8'), tls };
    },
  };
}
export type AccountsService = ReturnType<typeof createAccountsService>;
