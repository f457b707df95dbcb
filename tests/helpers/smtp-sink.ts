import { SMTPServer } from 'smtp-server';
import { freePort } from './dovecot';

export interface ReceivedMail {
  readonly envelopeTo: string[];
  readonly raw: Buffer;
}

/**
 * A real SMTP server on loopback that keeps every message it is given (plain, with AUTH), for
 * the tests of what Paume sends: replies, reminders. `password`, when given, is the only one
 * accepted, so a wrong password in Paume's settings is seen.
 */
export async function startSmtpSink(password?: string) {
  const port = await freePort();
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: false,
    disabledCommands: ['STARTTLS'],
    onAuth: (auth, _session, callback) => {
      callback(password === undefined || auth.password === password ? null : new Error('refusé'), {
        user: auth.username,
      });
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ envelopeTo: session.envelope.rcptTo.map((to) => to.address), raw: Buffer.concat(chunks) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type SmtpSink = Awaited<ReturnType<typeof startSmtpSink>>;
