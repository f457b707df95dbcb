import { contract, type EventName, type MethodName } from './contract.js';
import { accessAdmits } from './method-spec.js';
import { ROLES, type Role } from './schemas/common.js';

/**
 * Every event names at least one method that reads the data it tells about (the mapped type makes
 * a new event without one a type error).
 */
type EventGates = { readonly [E in EventName]: readonly [MethodName, ...MethodName[]] };

/**
 * Which methods read the data each event tells about (issue 27): an event reaches a person only if
 * that person's roles may call at least one of them, by the dispatcher's own rule. A stream carries
 * nothing that the API would refuse: the theatre staff, who may not read the inbox, never learn
 * from it who reads which message.
 */
export const EVENT_GATES = {
  'practice.changed': ['practice.get'],
  'practice.practitionersChanged': ['practice.listPractitioners'],
  // The accounts list (administrators) and the people a message may be assigned to (its readers).
  'users.changed': ['users.list', 'inbox.people'],
  'patients.changed': ['patients.search', 'patientFile.open'],
  'letters.pdf': ['letters.list'],
  // Also sent only to the person dictating (its audience).
  'dictation.progress': ['dictation.chunk'],
  'theatre.changed': ['theatre.day'],
  'agenda.changed': ['agenda.day'],
  'backups.progress': ['backups.status'],
  'inbox.changed': ['inbox.queue'],
  'inbox.sync': ['inbox.accounts'],
  // Who takes calls: the same people as the cahier d'appels.
  'calls.ringing': ['calls.record'],
  'inbox.presence': ['inbox.presence'],
  'dictation.modelProgress': ['dictation.status'],
} as const satisfies EventGates;

/** The roles that may call at least one of an event's methods, computed once from the contract. */
const ROLES_OF_EVENT = new Map<EventName, readonly Role[]>(
  (Object.keys(EVENT_GATES) as EventName[]).map((name) => [
    name,
    ROLES.filter((role) => EVENT_GATES[name].some((method) => accessAdmits(contract[method].access, [role]))),
  ]),
);

/** The roles an event reaches. */
export function eventRoles(name: EventName): readonly Role[] {
  return ROLES_OF_EVENT.get(name) ?? [];
}

/** Whether a logged-in person holding these roles may receive this event. */
export function rolesMayReceive(name: EventName, held: readonly Role[]): boolean {
  const allowed = eventRoles(name);
  return held.some((role) => allowed.includes(role));
}
