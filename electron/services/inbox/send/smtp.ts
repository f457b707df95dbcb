import { randomUUID } from 'node:crypto';
import type nodemailer from 'nodemailer';
import type MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { onFirstUse } from '../../../lib/first-use.js';
import type { OpenAccount } from '../accounts.js';
import { describeMailError } from '../sync/imap-connection.js';
import { imapClient } from '../sync/imap-connection.js';

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
  readonly attachments?: readonly { filename: string; content: Buffer; contentType: string }[];
}

// Loaded with the first mail sent, not at start (issue 25).
const mailSending = onFirstUse('nodemailer', () => require('nodemailer') as typeof nodemailer);
const mailComposing = onFirstUse(
  'nodemailer/lib/mail-composer/index.js',
  () => require('nodemailer/lib/mail-composer/index.js') as typeof MailComposer,
);

export function smtpTransport(account: OpenAccount) {
  const { row } = account;
  return mailSending().createTransport({
    host: row.smtp_host,
    port: row.smtp_port,
    secure: row.smtp_security === 'tls',
    requireTLS: row.smtp_security === 'starttls',
    ignoreTLS: row.smtp_security === 'none',
    auth: { user: row.login, pass: account.password },
    tls: { ...account.tls, servername: row.smtp_host },
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
  });
}

/**
 * Sends a reply with the threading headers a mail client expects (In-Reply-To, References),
 * then puts the very same bytes in the Sent folder. The message is sent once; a Sent copy that
 * fails is said, not retried into a second sending (issue 11).
 */
export async function sendMail(
  account: OpenAccount,
  mail: OutgoingMail,
): Promise<{ messageId: string; raw: Buffer; sentCopy: string | null }> {
  const domain = account.row.address.split('@')[1] ?? 'paume.local';
  const messageId = `<${randomUUID()}@${domain}>`;
  const raw = await new (mailComposing())({
    from: { name: account.row.label, address: account.row.address },
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.attachments?.length ? { attachments: mail.attachments.map((file) => ({ ...file })) } : {}),
    messageId,
    date: new Date(),
    ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
    ...(mail.references.length ? { references: [...mail.references] } : {}),
  })
    .compile()
    .build();
  const server = `${account.row.smtp_host}:${account.row.smtp_port}`;
  try {
    await smtpTransport(account).sendMail({ envelope: { from: account.row.address, to: mail.to }, raw });
  } catch (error) {
    throw new Error(describeMailError(error, server).message, { cause: error });
  }
  let sentCopy: string | null = null;
  const client = imapClient(account);
  try {
    await client.connect();
    await client.append(account.row.folder_sent, raw, ['\\Seen']);
    await client.logout();
  } catch (error) {
    client.close();
    sentCopy = `copie non déposée dans « ${account.row.folder_sent} » : ${describeMailError(error, account.row.imap_host).message}`;
  }
  return { messageId, raw, sentCopy };
}
