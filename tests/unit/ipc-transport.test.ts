import { describe, expect, it } from 'vitest';
import type { Dispatch, TransportContext } from '../../electron/api/node/dispatcher.js';
import { callerOf, createIpcTransport, type IpcCaller } from '../../electron/main/ipc-transport.js';

/** A call from window `windowId`'s own page, on paume://app. */
const page = (windowId: number): IpcCaller => ({
  windowId,
  frameUrl: 'paume://app/index.html#/patients',
  isMainFrame: true,
});

/** A dispatcher that logs in on 'auth.login', out on 'auth.logout', and echoes the token it got. */
const echoDispatch: Dispatch = async (transport: TransportContext, method) => {
  if (method === 'auth.login') transport.onSessionIssued?.(`token-${Math.random()}`);
  if (method === 'auth.logout') transport.onSessionEnded?.();
  return { ok: true, value: { seat: transport.seat, hasToken: transport.sessionToken !== null } };
};

describe('IPC transport', () => {
  it('keeps one session per window, in the main process only', async () => {
    const transport = createIpcTransport(echoDispatch, 'poste local');
    const login = await transport.handleCall(page(1), 'auth.login', {});
    expect(JSON.stringify(login)).not.toContain('token-');
    expect(await transport.handleCall(page(1), 'practice.get', {})).toEqual({
      ok: true,
      value: { seat: 'poste local', hasToken: true },
    });
    expect(await transport.handleCall(page(2), 'practice.get', {})).toEqual({
      ok: true,
      value: { seat: 'poste local', hasToken: false },
    });
    await transport.handleCall(page(1), 'auth.logout', {});
    expect(transport.hasSession(1)).toBe(false);
  });

  it('forgets a closed window’s session and refuses a method that is not a string', async () => {
    const transport = createIpcTransport(echoDispatch, 'poste local');
    await transport.handleCall(page(7), 'auth.login', {});
    transport.forgetWindow(7);
    expect(transport.hasSession(7)).toBe(false);
    expect(await transport.handleCall(page(7), { toString: () => 'auth.login' }, {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
  });

  it('answers only Paume’s own page: not an iframe, not another origin, not a frame that is gone', async () => {
    const transport = createIpcTransport(echoDispatch, 'poste local');
    const refused = { ok: false, error: { code: 'FORBIDDEN' } };
    for (const caller of [
      { windowId: 1, frameUrl: 'paume://app/index.html', isMainFrame: false },
      { windowId: 1, frameUrl: 'https://example.org/', isMainFrame: true },
      { windowId: 1, frameUrl: 'paume://app.evil/index.html', isMainFrame: true },
      { windowId: 1, frameUrl: 'file:///etc/passwd', isMainFrame: true },
      { windowId: 1, frameUrl: null, isMainFrame: true },
    ])
      expect(await transport.handleCall(caller, 'auth.login', {}), JSON.stringify(caller)).toMatchObject(refused);
    expect(transport.hasSession(1)).toBe(false);
    expect(await transport.handleCall(page(1), 'auth.login', {})).toMatchObject({ ok: true });
  });

  it('reads the caller from the IPC event: the top frame is the main frame, an iframe is not', () => {
    const mainFrame = { url: 'paume://app/index.html' };
    const iframe = { url: 'paume://app/index.html' };
    const sender = { id: 4, mainFrame };
    type Event = Parameters<typeof callerOf>[0];
    expect(callerOf({ sender, senderFrame: mainFrame } as unknown as Event)).toEqual({
      windowId: 4,
      frameUrl: 'paume://app/index.html',
      isMainFrame: true,
    });
    expect(callerOf({ sender, senderFrame: iframe } as unknown as Event).isMainFrame).toBe(false);
    expect(callerOf({ sender, senderFrame: null } as unknown as Event)).toMatchObject({
      frameUrl: null,
      isMainFrame: false,
    });
  });
});
