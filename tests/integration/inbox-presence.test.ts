import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, FIRST_ADMIN, openTempCore } from '../helpers/temp-core.js';

/** Two secretaries on one message see each other, so nobody answers twice (issue 11). */
let opened: Awaited<ReturnType<typeof openTempCore>>;
let alice: ReturnType<typeof caller>;
let bruno: ReturnType<typeof caller>;
let messageId: number;
const seen: { messageId: number; people: { name: string; activity: string }[] }[] = [];

beforeAll(async () => {
  opened = await openTempCore();
  alice = caller(opened.core, 'poste accueil');
  expect((await alice.call('setup.initialize', FIRST_ADMIN)).ok).toBe(true);
  expect(
    (
      await alice.call('users.create', {
        login: 'bruno',
        displayName: 'Bruno Secrétariat',
        password: 'secretariat-solide',
        roles: ['secretary'],
        practitionerId: null,
      })
    ).ok,
  ).toBe(true);
  bruno = caller(opened.core, 'poste téléphone');
  expect((await bruno.call('auth.login', { login: 'bruno', password: 'secretariat-solide' })).ok).toBe(true);
  messageId = (
    await opened.core.services.inbox.takeRaw(
      Buffer.from('From: p@example.fr\r\nSubject: plaie\r\n\r\nCoupure.\r\n'),
      'test',
    )
  ).id;
  opened.core.events.subscribe((name, payload) => {
    if (name === 'inbox.presence') seen.push(payload as (typeof seen)[number]);
  });
});
afterAll(() => {
  opened.dispose();
});

describe('presence on a message', () => {
  it('tells each who else reads and who writes a reply', async () => {
    expect((await alice.call('inbox.presence', { id: messageId, activity: 'reading' })).ok).toBe(true);
    const answer = await bruno.call('inbox.presence', { id: messageId, activity: 'replying' });
    if (!answer.ok) throw new Error(answer.error.message);
    expect((answer.value as { people: { name: string; activity: string }[] }).people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: FIRST_ADMIN.displayName, activity: 'reading' }),
        expect.objectContaining({ name: 'Bruno Secrétariat', activity: 'replying' }),
      ]),
    );
    expect(seen.at(-1)?.people).toHaveLength(2);
  });

  it('forgets who left, and who went silent for a minute', async () => {
    await bruno.call('inbox.presence', { id: messageId, activity: 'left' });
    expect(seen.at(-1)?.people.map((person) => person.name)).toEqual([FIRST_ADMIN.displayName]);
    opened.clock.advance(61_000);
    const answer = await bruno.call('inbox.presence', { id: messageId, activity: 'reading' });
    if (!answer.ok) throw new Error(answer.error.message);
    expect((answer.value as { people: { name: string }[] }).people.map((person) => person.name)).toEqual([
      'Bruno Secrétariat',
    ]);
  });
});
