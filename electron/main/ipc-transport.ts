import type { Dispatch } from '../api/node/dispatcher.js';
import type { Result } from '../api/common/result.js';

export const CALL_CHANNEL = 'paume:call';
export const EVENT_CHANNEL = 'paume:event';

/**
 * The IPC side of the dispatcher. Each window has its own session; its token stays in the main
 * process and never reaches the page (the page could be tricked into leaking it).
 */
export function createIpcTransport(dispatch: Dispatch, seat: string) {
  const tokens = new Map<number, string>();
  return {
    async handleCall(windowId: number, method: unknown, input: unknown): Promise<Result<unknown>> {
      if (typeof method !== 'string') {
        return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Méthode absente ou invalide.' } };
      }
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
    /** Who is logged in in this window, so a private event reaches only its owner. */
    userOf: (windowId: number, resolve: (token: string) => number | null): number | null => {
      const token = tokens.get(windowId);
      return token ? resolve(token) : null;
    },
    forgetWindow: (windowId: number): void => {
      tokens.delete(windowId);
    },
  };
}
