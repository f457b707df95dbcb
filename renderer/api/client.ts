import type { EventName, EventPayload, InputOf, MethodName, OutputOf } from '../../electron/api/common/contract';
import type { ApiError, EditConflict, Result } from '../../electron/api/common/result';

/** What the Electron preload exposes (electron/preload/index.ts); absent in browser mode. */
interface PaumeBridge {
  call(method: string, input: unknown): Promise<unknown>;
  on(event: string, handler: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    paume?: PaumeBridge;
  }
}

/** A refused or failed call, carrying the French message and the per-field messages. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
  get fields(): Readonly<Record<string, string>> {
    return this.error.fields ?? {};
  }
  /** Set when a save was refused because someone saved a newer version meanwhile (issue 14). */
  get conflict(): EditConflict | null {
    return this.error.conflict ?? null;
  }
}

type SessionTrouble = 'locked' | 'unauthenticated';
const troubleListeners = new Set<(trouble: SessionTrouble) => void>();

/** The session gate listens here to show the lock screen or the login page. */
export function onSessionTrouble(listener: (trouble: SessionTrouble) => void): () => void {
  troubleListeners.add(listener);
  return () => troubleListeners.delete(listener);
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

/**
 * JSON cannot carry bytes: over HTTP, files and audio travel as base64 (the contract's `bytes`
 * fields accept both). Over Electron IPC they stay ArrayBuffers, structured-cloned as they are.
 */
function jsonBody(input: unknown): string {
  return JSON.stringify(input ?? {}, (_key, value: unknown) => {
    if (value instanceof ArrayBuffer) return base64Of(new Uint8Array(value));
    if (ArrayBuffer.isView(value)) return base64Of(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    return value;
  });
}

async function httpCall(method: string, input: unknown, signal?: AbortSignal): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: jsonBody(input),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    // A call given up by its caller (a search overtaken by the next key) is no failure to show.
    if (signal?.aborted) throw error;
    return {
      ok: false,
      // A seat whose host is down (issue 14): nothing typed is lost, the forms keep it (and their
      // stored drafts survive a reload); the same save works once the host answers.
      error: {
        code: 'UNAVAILABLE',
        message:
          'Le poste hôte (serveur Paume) ne répond pas. Ce que vous avez tapé reste sur ce poste : réessayez dès qu’il répond.',
      },
    };
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `Réponse illisible du serveur (HTTP ${response.status}).` },
    };
  }
}

/** Methods whose « not signed in » is their ordinary answer (read by the session gate), not trouble. */
const SIGNED_OUT_IS_AN_ANSWER: ReadonlySet<string> = new Set(['auth.login', 'auth.me']);

/**
 * Calls one method of the contract, over IPC in the Electron window and HTTP in a browser.
 * Types come from the contract itself, so the renderer cannot call what does not exist.
 */
export async function call<M extends MethodName>(
  method: M,
  input: InputOf<M>,
  signal?: AbortSignal,
): Promise<OutputOf<M>> {
  const result = (
    window.paume ? await window.paume.call(method, input) : await httpCall(method, input, signal)
  ) as Result<OutputOf<M>>;
  if (result.ok) return result.value;
  if (result.error.code === 'SESSION_LOCKED')
    troubleListeners.forEach((listener) => {
      listener('locked');
    });
  if (result.error.code === 'UNAUTHENTICATED' && !SIGNED_OUT_IS_AN_ANSWER.has(method))
    troubleListeners.forEach((listener) => {
      listener('unauthenticated');
    });
  throw new ApiCallError(result.error);
}

/**
 * One server-sent event stream for the whole page, shared by every listener: a browser opens at
 * most six connections to a server, and a stream per listener left none for the API calls (the
 * Secrétariat alone listens to six events). The stream opens with the first listener and closes
 * with the last.
 */
const listeners = new Map<string, Set<(data: string) => void>>();
let shared: EventSource | null = null;
/** The events the current stream already dispatches (one DOM listener each, whatever comes and goes). */
let attached = new Set<string>();
let retry: number | undefined;

function openStream(): void {
  const source = new EventSource('/api/events');
  shared = source;
  attached = new Set();
  for (const event of listeners.keys()) listenOn(source, event);
  // The server ends a stream when its session ends or locks, and refuses one while locked; the
  // browser then gives up on it. Try again every few seconds, so events come back after unlocking.
  source.onerror = () => {
    if (source.readyState === EventSource.CLOSED && shared === source && listeners.size > 0)
      retry = window.setTimeout(openStream, 5_000);
  };
}

function listenOn(source: EventSource, event: string): void {
  if (attached.has(event)) return;
  attached.add(event);
  source.addEventListener(event, (message: MessageEvent<string>) => {
    for (const handler of listeners.get(event) ?? []) handler(message.data);
  });
}

/** Listens to a server event (IPC events in Electron, server-sent events over HTTP). */
export function on<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void): () => void {
  if (window.paume)
    return window.paume.on(event, (payload) => {
      handler(payload as EventPayload<E>);
    });
  const receive = (data: string) => {
    handler(JSON.parse(data) as EventPayload<E>);
  };
  let handlers = listeners.get(event);
  if (!handlers) {
    handlers = new Set();
    listeners.set(event, handlers);
    if (shared) listenOn(shared, event);
  }
  handlers.add(receive);
  if (!shared) openStream();
  return () => {
    const set = listeners.get(event);
    set?.delete(receive);
    if (set?.size === 0) listeners.delete(event);
    if (listeners.size === 0) {
      window.clearTimeout(retry);
      shared?.close();
      shared = null;
    }
  };
}
