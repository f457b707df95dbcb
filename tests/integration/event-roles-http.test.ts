import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../electron/server/http-server.js';
import { httpClient, startTestServer } from '../helpers/http.js';
import { FIRST_ADMIN, openTempCore, SECRETARY } from '../helpers/temp-core.js';

/**
 * Issue 27, point 8: an event stream carries only what its person may read through the API. The
 * theatre staff may not read the inbox (who reads which message, which messages changed), so its
 * stream gets no inbox event, while a secretary's gets them all. A real server, real sessions,
 * real streams.
 */
const THEATRE = {
  login: 'theo',
  displayName: 'Théo Bloc',
  password: 'bloc-operatoire-1',
  roles: ['theatre'],
  practitionerId: null,
} as const;
/** The last event of the test, that every role may receive: what a stream got before it is all it gets. */
const MARKER_DATE = '2026-12-31';

let opened: Awaited<ReturnType<typeof openTempCore>>;
let server: RunningServer;
const controller = new AbortController();

beforeAll(async () => {
  opened = await openTempCore();
  server = await startTestServer(opened.core);
  const admin = httpClient(server);
  expect((await admin.post('setup.initialize', FIRST_ADMIN)).body.ok).toBe(true);
  for (const account of [SECRETARY, THEATRE]) expect((await admin.post('users.create', account)).body.ok).toBe(true);
});
afterAll(async () => {
  controller.abort();
  await server.close();
  opened.dispose();
});

/** Logs a person in over HTTP and opens their event stream; `until` reads it up to a text. */
async function streamOf(login: string, password: string) {
  const client = httpClient(server);
  const answer = await client.post('auth.login', { login, password });
  expect(answer.body.ok).toBe(true);
  const response = await fetch(`${server.url}/api/events`, {
    headers: { cookie: answer.setCookie?.split(';')[0] ?? '' },
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  let received = '';
  return {
    client,
    async until(text: string): Promise<string[]> {
      while (!received.includes(text)) {
        const chunk = await reader.read();
        if (chunk.done) throw new Error(`flux terminé avant « ${text} » :\n${received}`);
        received += new TextDecoder().decode(chunk.value);
      }
      return [...received.matchAll(/^event: (\S+)$/gm)].map((match) => match[1] ?? '');
    },
  };
}

describe('inbox events on the event streams', () => {
  it('reach the secretary, never the theatre staff', async () => {
    const secretary = await streamOf(SECRETARY.login, SECRETARY.password);
    const theatre = await streamOf(THEATRE.login, THEATRE.password);

    // A message arrives; the secretary reads it (inbox.presence) and marks it handled (inbox.changed).
    const { id } = await opened.core.services.inbox.takeRaw(
      Buffer.from('From: patient@example.fr\r\nSubject: Plaie du pouce\r\n\r\nCoupure hier soir.\r\n'),
      'INBOX',
    );
    expect((await secretary.client.post('inbox.presence', { id, activity: 'reading' })).body.ok).toBe(true);
    expect((await secretary.client.post('inbox.setState', { id, state: 'traite' })).body.ok).toBe(true);
    // The theatre staff is refused the same data by the API…
    expect((await theatre.client.post('inbox.presence', { id, activity: 'reading' })).body).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    opened.core.events.emit('agenda.changed', { date: MARKER_DATE });

    const toSecretary = await secretary.until(MARKER_DATE);
    expect(toSecretary).toEqual(expect.arrayContaining(['inbox.changed', 'inbox.presence', 'agenda.changed']));
    // … and by its stream.
    const toTheatre = await theatre.until(MARKER_DATE);
    expect(toTheatre).toContain('agenda.changed');
    expect(toTheatre.filter((name) => name.startsWith('inbox.'))).toEqual([]);
  });
});
