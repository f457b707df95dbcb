/** Who may receive an event: everyone logged in, or one person (a dictation is private). */
export interface Audience {
  readonly userId: number;
}

export type EventListener<Payloads> = (
  name: keyof Payloads & string,
  payload: unknown,
  audience: Audience | null,
) => void;

/**
 * Pushes domain events to every open window (IPC) and every SSE stream (HTTP). Generic over the
 * event table so that this module knows nothing of Paume: the contract (electron/api) names the
 * events and their payloads.
 */
export function createEventBus<Payloads extends object>() {
  const listeners = new Set<EventListener<Payloads>>();
  return {
    emit<E extends keyof Payloads & string>(name: E, payload: Payloads[E], audience: Audience | null = null): void {
      for (const listener of listeners) listener(name, payload, audience);
    },
    subscribe(listener: EventListener<Payloads>): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type EventBusOf<Payloads extends object> = ReturnType<typeof createEventBus<Payloads>>;
