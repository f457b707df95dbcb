import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../electron/server/http-server.js';
import { MAX_STREAMS_PER_SESSION } from '../../electron/server/socket-limits.js';
import { httpClient, startTestServer } from '../helpers/http.js';
import { FIRST_ADMIN, openTempCore } from '../helpers/temp-core.js';

/**
 * Issue 27 item 11, on a real server: one session cannot hold hundreds of event streams (beyond
 * the cap its oldest are closed, the newest still carry events), and slow clients (slowloris:
 * headers or body dripped a byte at a time) are cut off by the server's timeouts, after which
 * the server still answers.
 */
let opened: Awaited<ReturnType<typeof openTempCore>>;
let server: RunningServer;
const controller = new AbortController();

beforeAll(async () => {
  opened = await openTempCore();
  server = await startTestServer(opened.core, { headersTimeoutMs: 1_000, requestTimeoutMs: 2_000 });
  expect((await httpClient(server).post('setup.initialize', FIRST_ADMIN)).body.ok).toBe(true);
});
afterAll(async () => {
  controller.abort();
  await server.close();
  opened.dispose();
});

async function openStream(cookie: string) {
  const response = await fetch(`${server.url}/api/events`, { headers: { cookie }, signal: controller.signal });
  expect(response.status).toBe(200);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const state = { ended: false, received: '' };
  const reading = (async () => {
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (chunk.done) {
        state.ended = true;
        return;
      }
      state.received += new TextDecoder().decode(chunk.value);
    }
  })();
  // The stream's first comment: the server has registered it.
  while (!state.received.includes(': paume') && !state.ended) await new Promise((resolve) => setTimeout(resolve, 10));
  return { state, reading };
}

async function until(ok: () => boolean, ms: number, what: string): Promise<void> {
  const started = Date.now();
  while (!ok()) {
    if (Date.now() - started > ms) throw new Error(`délai dépassé : ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A client that opens a request and never finishes it, sending one more byte now and then. */
function slowClient(port: number, start: string, drip: string): { socket: Socket; closed: () => boolean } {
  const socket = connect(port, '127.0.0.1');
  let closed = false;
  socket.on('error', () => undefined);
  socket.on('close', () => {
    closed = true;
  });
  socket.on('connect', () => {
    socket.write(start);
    const timer = setInterval(() => {
      if (closed) clearInterval(timer);
      else socket.write(drip);
    }, 200);
  });
  return { socket, closed: () => closed };
}

describe('limits of the HTTP server', () => {
  it('keeps at most the cap of event streams per session, closing the oldest', async () => {
    const login = await httpClient(server).post('auth.login', {
      login: FIRST_ADMIN.login,
      password: FIRST_ADMIN.password,
    });
    const cookie = login.setCookie?.split(';')[0] ?? '';
    const streams = [];
    for (let index = 0; index < MAX_STREAMS_PER_SESSION + 12; index += 1) streams.push(await openStream(cookie));
    const oldest = streams.slice(0, 12);
    const newest = streams.slice(12);
    await until(() => oldest.every((stream) => stream.state.ended), 5_000, 'les plus anciens flux fermés');
    expect(newest.filter((stream) => stream.state.ended)).toHaveLength(0);
    // The newest still carry events.
    opened.core.events.emit('inbox.changed', { ids: [424242] });
    await until(
      () => newest.every((stream) => stream.state.received.includes('424242')),
      5_000,
      'l’événement sur chaque flux ouvert',
    );
  });

  it('closes sockets that drip their headers, and still answers', async () => {
    const host = new URL(server.url).host;
    const clients = Array.from({ length: 50 }, () =>
      slowClient(server.port, `GET /api/health HTTP/1.1\r\nHost: ${host}\r\n`, 'X: a\r\n'),
    );
    await until(() => clients.every((client) => client.closed()), 10_000, 'les sockets lentes fermées');
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
  });

  it('closes a socket that drips its body', async () => {
    const host = new URL(server.url).host;
    const client = slowClient(
      server.port,
      `POST /api/auth.login HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"login":"`,
      'a',
    );
    await until(client.closed, 10_000, 'la socket au corps lent fermée');
  });
});
