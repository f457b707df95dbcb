import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../electron/server/http-server.js';
import { exceedsJsonDepth } from '../../electron/server/json-depth.js';
import { startTestServer } from '../helpers/http.js';
import { openTempCore } from '../helpers/temp-core.js';

let opened: Awaited<ReturnType<typeof openTempCore>>;
let server: RunningServer;
beforeAll(async () => {
  opened = await openTempCore();
  server = await startTestServer(opened.core);
});
afterAll(async () => {
  await server.close();
  opened.dispose();
});

const post = (method: string, body: string) =>
  fetch(`${server.url}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

describe('hostile bodies without a session (issue 27 item 1)', () => {
  it('refuses a deeply nested body with a 400 and a French message, before any session', async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const answer = await post('auth.login', deep);
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { error: { message: string } }).error.message).toContain('imbriqué');
  });

  it('refuses an oversized body on a method open without a session with a 413', async () => {
    const big = JSON.stringify({ login: 'a', password: 'x'.repeat(100_000) });
    const answer = await post('auth.login', big);
    expect(answer.status).toBe(413);
    expect(((await answer.json()) as { error: { message: string } }).error.message).toContain('sans session');
  });

  it('counts depth in one pass, ignoring brackets inside strings', () => {
    expect(exceedsJsonDepth('{"a":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}')).toBe(false);
    expect(exceedsJsonDepth('['.repeat(33) + ']'.repeat(33))).toBe(true);
  });
});
