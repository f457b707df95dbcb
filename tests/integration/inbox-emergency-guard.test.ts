import { afterEach, describe, expect, it } from 'vitest';
import { caller, FIRST_ADMIN, openTempCore } from '../helpers/temp-core.js';

/**
 * Issue 22 item 5: one key must not lower or hide an emergency. Lowering « urgence immédiate » or
 * « urgence du jour » needs a reason (traced); snoozing either is refused; raising needs nothing.
 */
let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

async function withMessage(body: string) {
  const opened = await openTempCore();
  dispose = opened.dispose;
  const admin = caller(opened.core);
  expect((await admin.call('setup.initialize', FIRST_ADMIN)).ok).toBe(true);
  const raw = Buffer.from(
    `From: Nathalie <nathalie@example.fr>\r\nTo: secretariat@sosmain-exemple.fr\r\nSubject: doigt\r\nMessage-ID: <m-${Math.random()}@example.fr>\r\n\r\n${body}\r\n`,
  );
  const { id } = await opened.core.services.inbox.takeRaw(raw, 'test');
  const category = () =>
    (opened.core.db.prepare('SELECT category FROM mail_messages WHERE id = ?').get(id) as { category: string })
      .category;
  return { admin, id, category };
}

describe('an emergency in the inbox', () => {
  it('is not lowered without a reason, and is lowered with one', async () => {
    const { admin, id, category } = await withMessage(
      'Bonjour, je me suis coupé avec un couteau et je ne sens plus le bout du doigt depuis hier.',
    );
    const before = category();
    expect(['urgence-immediate', 'urgence-jour']).toContain(before);
    expect(await admin.call('inbox.setCategory', { id, category: 'semi-urgent' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { reason: expect.stringMatching(/motif/) } },
    });
    expect(category()).toBe(before);
    expect(await admin.call('inbox.setCategory', { id, category: 'semi-urgent', reason: 'x' })).toMatchObject({
      ok: false,
    });
    expect(
      (await admin.call('inbox.setCategory', { id, category: 'semi-urgent', reason: 'Vu au téléphone : sensible' })).ok,
    ).toBe(true);
    expect(category()).toBe('semi-urgent');
    // Undone: raising it back needs no reason.
    expect((await admin.call('inbox.setCategory', { id, category: before })).ok).toBe(true);
    expect(category()).toBe(before);
  });

  it('is never snoozed, while an ordinary message is', async () => {
    const urgent = await withMessage('Mon doigt est tout blanc et froid depuis ce matin, il saigne encore.');
    expect(urgent.category()).toBe('urgence-immediate');
    const until = new Date(Date.now() + 86_400_000).toISOString();
    expect(await urgent.admin.call('inbox.snooze', { id: urgent.id, until, wakeOnReply: true })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/urgence ne se reporte pas/) },
    });
    const queue = await urgent.admin.call('inbox.queue', { view: 'a-traiter' });
    expect(queue).toMatchObject({ ok: true, value: { counts: { 'urgence-immediate': 1 } } });
    urgent.admin.call('auth.logout', {}).catch(() => undefined);
    dispose?.();
    const papers = await withMessage('Pouvez-vous prolonger mon arrêt de travail ?');
    expect((await papers.admin.call('inbox.snooze', { id: papers.id, until, wakeOnReply: true })).ok).toBe(true);
  });

  it('is raised by one key with no reason asked', async () => {
    const { admin, id, category } = await withMessage('Pouvez-vous prolonger mon arrêt de travail ?');
    expect(category()).toBe('administratif');
    expect((await admin.call('inbox.setCategory', { id, category: 'urgence-immediate' })).ok).toBe(true);
    expect(category()).toBe('urgence-immediate');
  });
});
