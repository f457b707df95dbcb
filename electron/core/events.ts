import type { EventName, EventPayload } from '../api/contract.js';

/** Who may receive an event: everyone logged in, or one person (a dictation is private). */
export interface Audience {
  readonly userId: number;
}

export type EventListener = (name: EventName, payload: unknown, audience: Audience | null) => void;

/** Pushes domain events to every open window (IPC) and every SSE stream (HTTP). */
export function createEventBus() {
  const listeners = new Set<EventListener>();
  return {
    emit<E extends EventName>(name: E, payload: EventPayload<E>, audience: Audience | null = null): void {
      for (const listener of listeners) listener(name, payload, audience);
    },
    subscribe(listener: EventListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type EventBus = ReturnType<typeof createEventBus>;

/** Milliseconds since the epoch; injected so tests can move time (session lock, throttling). */
export type Clock = () => number;
export const systemClock: Clock = () => Date.now();
export const isoAt = (clock: Clock): string => new Date(clock()).toISOString();
