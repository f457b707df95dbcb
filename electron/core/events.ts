import type { EventName, EventPayload } from '../api/contract.js';

export type EventListener = (name: EventName, payload: unknown) => void;

/** Pushes domain events to every open window (IPC) and every SSE stream (HTTP). */
export function createEventBus() {
  const listeners = new Set<EventListener>();
  return {
    emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
      for (const listener of listeners) listener(name, payload);
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
