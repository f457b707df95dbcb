import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDovecot, type Dovecot } from '../helpers/dovecot.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { sharedPath } from '../helpers/shared.js';
import { caller, FIRST_ADMIN, openTempCore } from '../helpers/temp-core.js';
import { until } from '../helpers/until.js';

/**
 * The inbox against a real Dovecot and a real SMTP server (issue 11): sync keyed on UIDs, IDLE,
 * UIDVALIDITY change, a reply with its threading headers and its copy in Sent, a wrong password.
 */
const dev = (name: string) => readFileSync(sharedPath('mail', 'dev', name));

let dovecot: Dovecot;
let opened: Awaited<ReturnType<typeof openTempCore>>;
let admin: ReturnType<typeof caller>;
let smtp: SmtpSink;
let smtpPort: number;

const queue = async () => {
  const answer = await admin.call('inbox.queue', { view: 'a-traiter' });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as { items: { id: number; subject: string; category: string; firstReason: string }[] };
};

beforeAll(async () => {
  dovecot = await startDovecot();
  smtp = await startSmtpSink(dovecot.password);
  smtpPort = smtp.port;
  opened = await openTempCore();
  admin = caller(opened.core);
  expect((await admin.call('setup.initialize', FIRST_ADMIN)).ok).toBe(true);
  for (const file of ['006.eml', '010.eml', '007.eml']) await dovecot.deliver(dev(file));
  // No Message-ID, and two different messages sharing one: none may be lost.
  await dovecot.deliver('From: a@example.fr\r\nSubject: sans identifiant\r\n\r\nJe me suis coupé le doigt.\r\n');
  await dovecot.deliver('From: b@example.fr\r\nMessage-ID: <meme@example.fr>\r\nSubject: un\r\n\r\nPremier.\r\n');
  await dovecot.deliver('From: c@example.fr\r\nMessage-ID: <meme@example.fr>\r\nSubject: deux\r\n\r\nSecond.\r\n');
  const saved = await admin.call(
    'inbox.saveAccount',
    dovecot.accountInput(smtpPort, { label: 'Secrétariat SOS Main' }),
  );
  expect(saved.ok).toBe(true);
  opened.core.services.inbox.sync.startAll();
}, 30_000);

afterAll(async () => {
  await opened.core.services.inbox.sync.stopAll();
  opened.dispose();
  await smtp.close();
  await dovecot.stop();
});

describe('inbox sync with Dovecot', () => {
  it('takes every message, the most urgent first, with its reasons', async () => {
    const { items } = await until(queue, (value) => value.items.length === 6);
    expect(items[0]?.category).toBe('urgence-immediate');
    expect(items[0]?.firstReason).toMatch(/Saignement/);
    expect(items.map((item) => item.subject)).toEqual(expect.arrayContaining(['sans identifiant', 'un', 'deux']));
    const sealed = opened.core.db.prepare('SELECT password_sealed FROM mail_accounts').get() as {
      password_sealed: string;
    };
    expect(sealed.password_sealed).not.toContain(dovecot.password);
  });

  it('never reads or changes the unread flag', async () => {
    const client = await dovecot.client();
    await client.mailboxOpen('INBOX', { readOnly: true });
    const flags: string[][] = [];
    for await (const message of client.fetch('1:*', { flags: true })) flags.push([...(message.flags ?? [])]);
    await client.logout();
    expect(flags.every((list) => !list.includes('\\Seen'))).toBe(true);
  });

  it('shows a message delivered now within seconds (IDLE)', async () => {
    const started = Date.now();
    await dovecot.deliver(dev('024.eml'));
    const { items } = await until(queue, (value) => value.items.some((item) => item.subject.includes('scie')), 5_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(items.find((item) => item.subject.includes('scie'))?.category).toBe('urgence-immediate');
  });

  it('resyncs without duplicates when UIDVALIDITY changes', async () => {
    await opened.core.services.inbox.sync.stopAll();
    await dovecot.changeUidValidity(424242);
    await dovecot.deliver(dev('020.eml'));
    opened.core.services.inbox.sync.startAll();
    await until(queue, (value) => value.items.some((item) => item.subject.includes('Annuler')));
    const count = opened.core.db.prepare("SELECT count(*) AS n FROM mail_messages WHERE direction = 'in'").get() as {
      n: number;
    };
    expect(count.n).toBe(8);
  });

  it('replies with threading headers; the copy is in Sent and in the thread', async () => {
    const { items } = await queue();
    const target = items.find((item) => item.category === 'urgence-immediate' && item.subject.includes('Saignement'));
    if (!target) throw new Error('no message to answer');
    const canned = await admin.call('inbox.cannedReplies', {});
    if (!canned.ok) throw new Error(canned.error.message);
    const first = (canned.value as { id: number }[])[0];
    const filled = await admin.call('inbox.fillCanned', { id: target.id, cannedId: first?.id });
    if (!filled.ok) throw new Error(filled.error.message);
    const body = (filled.value as { body: string }).body;
    expect(body).toContain('SOS Main Test');
    const answer = await admin.call('inbox.reply', { id: target.id, body });
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
    const mail = await simpleParser(smtp.received.at(-1)?.raw ?? Buffer.alloc(0));
    expect(mail.inReplyTo).toBe('<CANYz1kdKqNW0I5GSmHNpCwzY1C++N7_hMQyMmfcqy@mail.example.com>');
    expect(smtp.received.at(-1)?.envelopeTo).toEqual(['s.morel@example.com']);
    const opened_ = await admin.call('inbox.open', { id: target.id });
    if (!opened_.ok) throw new Error(opened_.error.message);
    expect((opened_.value as { thread: { direction: string }[] }).thread.map((message) => message.direction)).toEqual([
      'in',
      'out',
    ]);
    const client = await dovecot.client();
    const sent = await client.status('Sent', { messages: true });
    await client.logout();
    expect(sent && sent.messages).toBe(1);
  });

  it('archives on the server only when a person archives', async () => {
    const client = await dovecot.client();
    const count = async (folder: string) => {
      const status = await client.status(folder, { messages: true });
      return status ? (status.messages ?? 0) : -1;
    };
    const before = await count('INBOX');
    expect(await count('Archive')).toBe(0);
    const { items } = await queue();
    const target = items.find((item) => item.subject.includes('Report'));
    if (!target) throw new Error('no message to archive');
    expect((await admin.call('inbox.archive', { id: target.id })).ok).toBe(true);
    await until(
      () => count('Archive'),
      (archived) => archived === 1,
    );
    expect(await count('INBOX')).toBe(before - 1);
    await client.logout();
  });

  it('says in French that the password is wrong', async () => {
    const saved = await admin.call(
      'inbox.saveAccount',
      dovecot.accountInput(smtpPort, { label: 'Mauvais', address: 'autre@sosmain-exemple.fr', password: 'faux' }),
    );
    if (!saved.ok) throw new Error(saved.error.message);
    const test = await admin.call('inbox.testAccount', { id: (saved.value as { id: number }).id });
    if (!test.ok) throw new Error(test.error.message);
    const steps = (test.value as { steps: { step: string; ok: boolean; message: string }[] }).steps;
    expect(steps.find((step) => step.step === 'IMAP')?.message).toMatch(/mot de passe refusé/);
    expect(steps.find((step) => step.step === 'SMTP')?.ok).toBe(false);
  });
});
