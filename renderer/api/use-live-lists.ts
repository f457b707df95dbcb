import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { EventName, EventPayload } from '../../electron/api/common/contract';
import { on } from './client';
import { DATA_EVENTS, keysForEvent } from './event-keys';

/**
 * Keeps every seat's reads current (issue 21), subscribed once at the app root: each event in
 * `EVENT_KEYS` (api/event-keys.ts) invalidates the keys it names, so a practitioner added in
 * Cabinet on another seat, a booking or a message linked elsewhere shows at once, not after the
 * 30 s the cache would otherwise keep. The queries on screen are read again now; the others are
 * marked stale and read when a screen shows them again (a message read before it was linked).
 */
export function useLiveLists(): void {
  const client = useQueryClient();
  useEffect(() => {
    const stops = DATA_EVENTS.map((event) =>
      on(event, (payload) => {
        for (const queryKey of keysForEvent(event, payload)) void client.invalidateQueries({ queryKey });
      }),
    );
    return () => {
      for (const stop of stops) stop();
    };
  }, [client]);
}

/**
 * A page's own use of a server event, for what is not data to read again (dictation and backup
 * progress, who is reading a message, a mailbox's state). The handler may change on every render
 * without subscribing again.
 */
export function useServerEvent<E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(
    () =>
      on(event, (payload) => {
        latest.current(payload);
      }),
    [event],
  );
}
