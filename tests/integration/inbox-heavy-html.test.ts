import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileVault, filesKeyOf } from '../../electron/lib/file-vault.js';
import { MAX_DISPLAY_HTML } from '../../electron/services/inbox/mime/display-html.js';
import { startDovecot, type Dovecot } from '../helpers/dovecot.js';
import { caller, FIRST_ADMIN, openTempCore } from '../helpers/temp-core.js';

/**
 * A 30 MB HTML mail (issue 27 item 5), synced from a real Dovecot by the real sync thread: what is
 * stored and sent for display is bounded, the whole HTML is an attachment, and the HTML is made
 * safe when it arrives (in the sync's thread), not at each opening. A 3.7 MB HTML of huge
 * attributes likewise. The other seats' latency while it opens is printed by bench/heavy-mail.ts.
 */
let dovecot: Dovecot;
let opened: Awaited<ReturnType<typeof openTempCore>>;
let admin: ReturnType<typeof caller>;

/** About `megabytes` of HTML: paragraphs, a script and a tracker among them. */
function heavyHtml(megabytes: number): string {
  const paragraph = '<p style="color:red" onclick="voler()">Compte rendu, ligne de texte ordinaire.</p>\n';
  const body = paragraph.repeat(Math.ceil((megabytes * 1_048_576) / paragraph.length));
  return `<html><body><script>alert(1)</script><img src="https://pisteur.example/p.gif">${body}</body></html>`;
}

function hugeAttributes(megabytes: number): string {
  const value = 'a'.repeat(64 * 1024);
  const count = Math.ceil((megabytes * 1_048_576) / value.length);
  return `<html><body>${Array.from({ length: count }, (_, index) => `<div title="${value}" data-x${index}="${value}">bloc ${index}</div>`).join('')}</body></html>`;
}

const mail = (subject: string, html: string) =>
  Buffer.from(
    `From: Laboratoire <labo@example.fr>\r\nTo: secretariat@sosmain-exemple.fr\r\nSubject: ${subject}\r\nMessage-ID: <${subject.replace(/\W/g, '')}@example.fr>\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${html}\r\n`,
  );

const HEAVY = heavyHtml(30);
const ATTRIBUTES = hugeAttributes(3.7);

beforeAll(async () => {
  dovecot = await startDovecot();
  await dovecot.deliverMany([mail('Resultats lourds', HEAVY), mail('Attributs enormes', ATTRIBUTES)]);
  opened = await openTempCore();
  admin = caller(opened.core);
  expect((await admin.call('setup.initialize', FIRST_ADMIN)).ok).toBe(true);
  expect((await admin.call('inbox.saveAccount', dovecot.accountInput(9))).ok).toBe(true);
  opened.core.services.inbox.sync.startAll();
  const started = Date.now();
  while ((opened.core.db.prepare('SELECT count(*) AS n FROM mail_messages').get() as { n: number }).n < 2) {
    if (Date.now() - started > 90_000) throw new Error('les deux messages ne sont pas arrivés');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}, 120_000);

afterAll(async () => {
  await opened.core.services.inbox.sync.stopAll();
  opened.dispose();
  await dovecot.stop();
});

interface Stored {
  id: number;
  body_html: string;
  body_safe_html: string | null;
}
const stored = (subject: string) =>
  opened.core.db
    .prepare('SELECT id, body_html, body_safe_html FROM mail_messages WHERE subject = ?')
    .get(subject) as Stored;

describe('a heavy HTML mail', () => {
  it('stores a bounded beginning, made safe on arrival, and the whole HTML as an attachment', async () => {
    const row = stored('Resultats lourds');
    expect(row.body_html.length).toBeLessThanOrEqual(MAX_DISPLAY_HTML);
    expect(row.body_safe_html).not.toBeNull();
    expect(row.body_safe_html).not.toMatch(/<script|onclick|\ssrc="https:\/\/pisteur/);
    const answer = await admin.call('inbox.open', { id: row.id });
    if (!answer.ok) throw new Error(answer.error.message);
    const message = answer.value as {
      safeHtml: string;
      blockedImages: number;
      problems: string[];
      attachmentList: { id: number; fileName: string; size: number }[];
    };
    expect(JSON.stringify(message).length).toBeLessThan(2 * MAX_DISPLAY_HTML);
    expect(message.blockedImages).toBe(1);
    expect(message.problems.join(' ')).toMatch(/HTML de \d+(,\d)? Mo : seul son début est affiché/);
    // The whole HTML part as decoded (the line end closing the part included).
    expect(message.attachmentList.map((file) => file.fileName)).toEqual(['message-complet.html']);
    const file = opened.core.db
      .prepare('SELECT sha256 FROM mail_attachments WHERE id = ?')
      .get(message.attachmentList[0]?.id) as { sha256: string };
    const sealed = join(opened.file, '..', 'documents', file.sha256.slice(0, 2), file.sha256);
    const whole = fileVault(filesKeyOf(opened.core.databaseKey.key)).openFile(sealed).toString('utf8');
    expect(whole.trimEnd()).toBe(HEAVY);
  });

  it('does the same for an HTML of huge attributes', async () => {
    const row = stored('Attributs enormes');
    expect(row.body_html.length).toBeLessThanOrEqual(MAX_DISPLAY_HTML);
    expect(row.body_safe_html).not.toBeNull();
    expect(row.body_safe_html).not.toContain('title=');
  });

  it('shows remote images once allowed, from the bounded beginning', async () => {
    const row = stored('Resultats lourds');
    expect((await admin.call('inbox.allowImages', { id: row.id })).ok).toBe(true);
    const answer = await admin.call('inbox.open', { id: row.id });
    if (!answer.ok) throw new Error(answer.error.message);
    const message = answer.value as { safeHtml: string; blockedImages: number };
    expect(message.safeHtml).toContain('src="https://pisteur.example/p.gif"');
    expect(message.safeHtml.length).toBeLessThanOrEqual(MAX_DISPLAY_HTML);
  });
});
