import { describe, expect, it } from 'vitest';
import type { Dispatch, TransportContext } from '../../electron/api/node/dispatcher.js';
import { createIpcTransport } from '../../electron/main/ipc-transport.js';

/** A dispatcher that logs in on 'auth.login', out on 'auth.logout', and echoes the token it got. */
const echoDispatch: Dispatch = async (transport: TransportContext, method) => {
  if (method === 'auth.login') transport.onSessionIssued?.(`token-${Math.random()}`);
  if (method === 'auth.logout') transport.onSessionEnded?.();
  return { ok: true, value: { seat: transport.seat, hasToken: transport.sessionToken !== null } };
};

describe('IPC transport', () => {
  it('keeps one session per window, in the main process only', async () => {
    const transport = createIpcTransport(echoDispatch, 'poste local');
    const login = await transport.handleCall(1, 'auth.login', {});
    expect(JSON.stringify(login)).not.toContain('token-');
    expect(await transport.handleCall(1, 'practice.get', {})).toEqual({
      ok: true,
      value: { seat: 'poste local', hasToken: true },
    });
    expect(await transport.handleCall(2, 'practice.get', {})).toEqual({
      ok: true,
      value: { seat: 'poste local', hasToken: false },
    });
    await transport.handleCall(1, 'auth.logout', {});
    expect(transport.hasSession(1)).toBe(false);
  });

  it('forgets a closed window’s session and refuses a method that is not a string', async () => {
    const transport = createIpcTransport(echoDispatch, 'poste local');
    await transport.handleCall(7, 'auth.login', {});
    transport.forgetWindow(7);
    expect(transport.hasSession(7)).toBe(false);
    expect(await transport.handleCall(7, { toString: () => 'auth.login' }, {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
  });
});
