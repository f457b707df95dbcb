import type { OpenAccount } from '../accounts.js';
import { describeMailError, imapClient } from '../sync/imap-connection.js';
import { smtpTransport } from './smtp.js';

export interface TestStep {
  step: string;
  ok: boolean;
  message: string;
}

/**
 * « Tester la connexion » : IMAP login, each folder, then SMTP, each said in French with exactly
 * what failed (DNS, TLS, password, missing folder) (issue 11).
 */
export async function testConnection(account: OpenAccount): Promise<{ ok: boolean; steps: TestStep[] }> {
  const steps: TestStep[] = [];
  const { row } = account;
  const imapServer = `${row.imap_host}:${row.imap_port}`;
  const client = imapClient(account);
  try {
    await client.connect();
    steps.push({ step: 'IMAP', ok: true, message: `Connecté à ${imapServer} en tant que ${row.login}.` });
    const folders = new Set((await client.list()).map((folder) => folder.path));
    for (const [label, folder] of [
      ['réception', row.folder_inbox],
      ['envoyés', row.folder_sent],
      ['archives', row.folder_archive],
    ] as const) {
      const found = folders.has(folder) || (folder.toUpperCase() === 'INBOX' && folders.has('INBOX'));
      steps.push({
        step: `Dossier ${label}`,
        ok: found,
        message: found
          ? `« ${folder} » trouvé.`
          : `Dossier « ${folder} » introuvable sur le serveur (dossiers : ${[...folders].join(', ')}).`,
      });
    }
    await client.logout();
  } catch (error) {
    client.close();
    steps.push({ step: 'IMAP', ok: false, message: describeMailError(error, imapServer).message });
  }
  const smtpServer = `${row.smtp_host}:${row.smtp_port}`;
  try {
    await smtpTransport(account).verify();
    steps.push({ step: 'SMTP', ok: true, message: `Envoi possible par ${smtpServer}.` });
  } catch (error) {
    steps.push({ step: 'SMTP', ok: false, message: describeMailError(error, smtpServer).message });
  }
  return { ok: steps.every((step) => step.ok), steps };
}
