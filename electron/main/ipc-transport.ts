import type { IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from '../api/node/dispatcher.js';
import type { Result } from '../api/common/result.js';
import { isAppUrl } from './app-scheme.js';

export { CALL_CHANNEL, EVENT_CHANNEL } from '../api/common/ipc-channels.js';

/** Who sent an IPC call: the window, and the frame inside it that called. */
export interface IpcCaller {
  readonly windowId: number;
  /** The calling frame's URL; null when the frame is gone (navigated away, closed). */
  readonly frameUrl: string | null;
  /** True only for the window's top frame: an iframe, even of paume://app, is not Paume's page. */
  readonly isMainFrame: boolean;
}

/** The caller of an `ipcMain.handle` event, as the transport checks it. */
export function callerOf(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>): IpcCaller {
  const frame = event.senderFrame;
  return {
    windowId: event.sender.id,
    frameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
  };
}

/**
 * Only Paume's own page may call (issue 21, as VS Code's validatedIpcMain): the top frame of a
 * window, on paume://app. A page the window was tricked into showing, or a frame inside it, is
 * refused before the dispatcher sees the call.
 */
export const isPaumeFrame = (caller: IpcCaller): boolean =>
  caller.isMainFrame && caller.frameUrl !== null && isAppUrl(caller.frameUrl);

/**
 * The IPC side of the dispatcher. Each window has its own session; its token stays in the main
 * process and never reaches the page (the page could be tricked into leaking it).
 */
export function createIpcTransport(dispatch: Dispatch, seat: string) {
  const tokens = new Map<number, string>();
  return {
    async handleCall(caller: IpcCaller, method: unknown, input: unknown): Promise<Result<unknown>> {
      if (!isPaumeFrame(caller))
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'Appel refusé : il ne vient pas de la page de Paume.' },
        };
      if (typeof method !== 'string') {
        return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Méthode absente ou invalide.' } };
      }
      const { windowId } = caller;
      return dispatch(
        {
          sessionToken: tokens.get(windowId) ?? null,
          seat,
          // The window runs on the machine that holds the data.
          hostSeat: true,
          onSessionIssued: (token) => tokens.set(windowId, token),
          onSessionEnded: () => tokens.delete(windowId),
        },
        method,
        input,
      );
    },
    hasSession: (windowId: number): boolean => tokens.has(windowId),
    /** The session token a window holds now, for the events it may receive. */
    tokenOf: (windowId: number): string | null => tokens.get(windowId) ?? null,
    forgetWindow: (windowId: number): void => {
      tokens.delete(windowId);
    },
  };
}
