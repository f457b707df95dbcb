import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../electron/server/http-server.js';
import { DRAFTS_PER_PERSON } from '../../electron/services/drafts/store.js';
import { httpClient, startTestServer } from '../helpers/http.js';
import { FIRST_ADMIN, openTempCore } from '../helpers/temp-core.js';

/**
 * Forms typed and not saved, kept on the server for the person typing them (issue 22 item 9):
 * a logout keeps them, another seat of the same person finds them, nobody else reads them, and a
 * draft is bounded.
 */
let opened: Awaited<ReturnType<typeof openTempCore>>;
let server: RunningServer;
let alice: ReturnType<typeof httpClient>;
let nathalie: ReturnType<typeof httpClient>;

const consultation = { date: '02/12/2026', diagnosis: 'Plaie pulpaire D3', digits: ['D3'], practitionerId: null };

beforeAll(async () => {
  opened = await openTempCore();
  server = await startTestServer(opened.core);
  alice = httpClient(server);
  nathalie = httpClient(server);
  await alice.post('setup.initialize', FIRST_ADMIN);
  await alice.post('auth.login', { login: FIRST_ADMIN.login, password: FIRST_ADMIN.password });
  await alice.post('users.create', {
    login: 'nathalie',
    displayName: 'Nathalie Roux',
    password: 'secretariat-1',
    roles: ['secretary'],
    practitionerId: null,
  });
  await nathalie.post('auth.login', { login: 'nathalie', password: 'secretariat-1' });
});
afterAll(async () => {
  await server.close();
  opened.dispose();
});

describe('form drafts', () => {
  it('keeps a draft across a logout, for the same person on another seat', async () => {
    expect((await alice.post('drafts.save', { key: 'consultation:7', value: consultation })).status).toBe(200);
    await alice.post('auth.logout', {});
    expect((await alice.post('drafts.get', { key: 'consultation:7' })).status).toBe(401);

    const otherSeat = httpClient(server);
    await otherSeat.post('auth.login', { login: FIRST_ADMIN.login, password: FIRST_ADMIN.password });
    const kept = (await otherSeat.post('drafts.get', { key: 'consultation:7' })).body.value as {
      value: unknown;
      savedAt: string;
    };
    expect(kept.value).toEqual(consultation);
    expect(kept.savedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    await alice.post('auth.login', { login: FIRST_ADMIN.login, password: FIRST_ADMIN.password });
  });

  it('never shows one person’s draft to another', async () => {
    const answer = await nathalie.post('drafts.get', { key: 'consultation:7' });
    expect(answer.body.value).toEqual({ value: null, savedAt: null });
    // Her own draft of the same form is hers, and leaves Alice's untouched.
    await nathalie.post('drafts.save', { key: 'consultation:7', value: { diagnosis: 'autre' } });
    const alices = (await alice.post('drafts.get', { key: 'consultation:7' })).body.value as { value: unknown };
    expect(alices.value).toEqual(consultation);
  });

  it('replaces a draft as it is typed, and forgets it once discarded', async () => {
    await alice.post('drafts.save', { key: 'reponse-3', value: { body: 'Bonjour' } });
    await alice.post('drafts.save', { key: 'reponse-3', value: { body: 'Bonjour Madame' } });
    expect(((await alice.post('drafts.get', { key: 'reponse-3' })).body.value as { value: unknown }).value).toEqual({
      body: 'Bonjour Madame',
    });
    expect((await alice.post('drafts.discard', { key: 'reponse-3' })).status).toBe(200);
    expect(((await alice.post('drafts.get', { key: 'reponse-3' })).body.value as { value: unknown }).value).toBeNull();
  });

  it('refuses a draft too long or a form name that is not one, in French, naming the field', async () => {
    const long = await alice.post('drafts.save', { key: 'notes', value: { notes: 'x'.repeat(70_000) } });
    expect(long.status).toBe(400);
    expect(long.body.error?.fields?.value).toMatch(/trop long/);
    const badKey = await alice.post('drafts.save', { key: '../../etc', value: {} });
    expect(badKey.status).toBe(400);
    expect(badKey.body.error?.fields?.key).toMatch(/formulaire/);
    const notObject = await alice.post('drafts.save', { key: 'notes', value: 'texte' });
    expect(notObject.status).toBe(400);
  });

  it('keeps at most DRAFTS_PER_PERSON drafts per person, letting the oldest go', async () => {
    for (let index = 0; index <= DRAFTS_PER_PERSON; index += 1)
      await nathalie.post('drafts.save', { key: `forme-${index}`, value: { n: index } });
    const newest = (await nathalie.post('drafts.get', { key: `forme-${DRAFTS_PER_PERSON}` })).body.value as {
      value: unknown;
    };
    expect(newest.value).toEqual({ n: DRAFTS_PER_PERSON });
    const count = opened.core.db
      .prepare('SELECT COUNT(*) AS n FROM form_drafts WHERE user_id = (SELECT id FROM users WHERE login = ?)')
      .get('nathalie') as { n: number };
    expect(count.n).toBe(DRAFTS_PER_PERSON);
  });
});
