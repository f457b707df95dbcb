import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { EventName, MethodName } from '../../electron/api/contract';
import { on } from './client';

/**
 * The practice-wide lists screens pick from, and the server event that says they changed. Only
 * lists read as choices: a form being typed over (the practice, an account) is not refreshed under
 * the typing (CI caught a practice address lost that way).
 */
const LIVE: readonly [EventName, MethodName[]][] = [
  ['practitioners.changed', ['practitioners.list']],
  ['users.changed', ['inbox.people']],
];

/**
 * Keeps those lists current on every seat: a practitioner added in Cabinet on another seat (or
 * through the API) appears at once, not after the 30 s the cache would otherwise keep the old list.
 */
export function useLiveLists(): void {
  const client = useQueryClient();
  useEffect(() => {
    const stops = LIVE.map(([event, methods]) =>
      on(event, () => {
        for (const method of methods) void client.invalidateQueries({ queryKey: [method] });
      }),
    );
    return () => {
      for (const stop of stops) stop();
    };
  }, [client]);
}
