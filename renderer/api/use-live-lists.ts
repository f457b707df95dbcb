import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { EventName, MethodName } from '../../electron/api/common/contract';
import { on } from './client';

/**
 * The practice-wide lists screens read, and the server event that says they changed: lists read as
 * choices, and the agenda's views (a booking on one seat shows on every other at once). Never a
 * form being typed over (the practice, an account): it is not refreshed under the typing (CI
 * caught a practice address lost that way).
 */
const LIVE: readonly [EventName, MethodName[]][] = [
  ['practice.practitionersChanged', ['practice.listPractitioners']],
  ['users.changed', ['inbox.people']],
  [
    'agenda.changed',
    ['agenda.waitingRoom', 'agenda.day', 'agenda.week', 'agenda.roomWeek', 'agenda.ofPatient', 'agenda.findSlots'],
  ],
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
