import type { EventName, EventPayload } from '../../electron/api/common/contract';
import {
  agendaKeys,
  dayAfterKeys,
  dayBeforeKeys,
  dictationKeys,
  inboxKeys,
  letterKeys,
  liaisonKeys,
  patientKeys,
  practiceKeys,
  theatreKeys,
  type ApiQueryKey,
} from './query-keys';

/** Every event, so that a new one must be decided here: the keys it invalidates, or null. */
type EventKeys = { [E in EventName]: ((payload: EventPayload<E>) => readonly ApiQueryKey[]) | null };

/**
 * What each server event says changed, as the query keys a seat must read again (issue 21): the
 * one place where freshness is decided. An event set to null refreshes nothing (progress, presence:
 * the pages that show them listen through `useServerEvent`). `inbox.sync` is one of them: a
 * mailbox reports every 30 s, and reading the accounts again each time from every Secrétariat seat
 * would be activity keeping an idle seat from locking.
 *
 * Never a form being typed over: `practice.changed` and `users.changed` do not refresh the practice
 * or the accounts being edited (CI caught a practice address lost that way); the lists read as
 * choices (practitioners, people) are refreshed.
 */
export const EVENT_KEYS: EventKeys = {
  'practice.practitionersChanged': () => [practiceKeys.practitioners()],
  'users.changed': () => [inboxKeys.people()],
  // Identity, INS status, merge, preferences: that file, and every search that may list it. The
  // file's own form keeps what is being typed (issue 14).
  // Also the day lists that show the patient: the Bloc's card carries the alerts and preferences,
  // a safety matter (issue 22 item 11), and the agenda lists the name and birth date.
  'patients.changed': ({ id }) => [
    patientKeys.file(id),
    patientKeys.searches(),
    theatreKeys.day(),
    dayBeforeKeys.list(),
    dayBeforeKeys.ofPatient(id),
    dayAfterKeys.ofPatient(id),
    dayAfterKeys.list(),
    agendaKeys.day(),
  ],
  // A booking on one seat shows on every other at once. Every day, not only the payload's: a move
  // names the day it arrives on, and the day it left must be read again too.
  'agenda.changed': () => [
    agendaKeys.day(),
    agendaKeys.waitingRoom(),
    agendaKeys.weeks(),
    agendaKeys.roomWeeks(),
    agendaKeys.ofPatient(),
    agendaKeys.slots(),
  ],
  // Every day's list, for the same reason: a case moved names the day of the session it goes to.
  'theatre.changed': () => [
    theatreKeys.day(),
    theatreKeys.checklists(),
    dayBeforeKeys.list(),
    dayAfterKeys.list(),
    liaisonKeys.missing(),
  ],
  // A message linked, classed or answered on another seat: the queue, the message open here (every
  // one: a reply that arrives names only itself, and shows in its thread), and the patient files'
  // « Messages » lists, so a message linked elsewhere no longer shows unlinked.
  'inbox.changed': () => [inboxKeys.queue(), inboxKeys.message(), inboxKeys.ofPatient(), inboxKeys.callsDay()],
  // A PDF finished (or could not be made): the letters list shows its link.
  'letters.pdf': ({ state }) => (state === 'started' ? [] : [letterKeys.list(), liaisonKeys.missing()]),
  'dictation.modelProgress': ({ state }) => (state === 'running' ? [] : [dictationKeys.status()]),
  // The practice is a form (see above).
  'practice.changed': null,
  'dictation.progress': null,
  'backups.progress': null,
  'inbox.sync': null,
  'inbox.presence': null,
  // Opens « Nouvel appel » on the seat named (AppLayout listens): no read to refresh.
  'calls.ringing': null,
};

/** The events that may change data: the ones the app root listens to. */
export const DATA_EVENTS = (Object.keys(EVENT_KEYS) as EventName[]).filter((event) => EVENT_KEYS[event] !== null);

/** The keys an event invalidates (none for an event that changes no data). */
export function keysForEvent<E extends EventName>(event: E, payload: EventPayload<E>): readonly ApiQueryKey[] {
  const keysOf = EVENT_KEYS[event];
  return keysOf === null ? [] : keysOf(payload);
}
