import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { EventName, EventPayload, InputOf, MethodName } from '../../electron/api/common/contract';
import { eventSchemas } from '../../electron/api/common/events';
import { DATA_EVENTS, EVENT_KEYS, keysForEvent } from '../../renderer/api/event-keys';
import { areaKey, inboxKeys, queryKeyOf } from '../../renderer/api/query-keys';

// Freshness in one place (issue 21): what each event invalidates, proved on a real QueryClient
// holding reads stored under the keys `useApiQuery` gives them.

/** A cache holding one read per (method, input), as the screens would have left it. */
function cacheWith(reads: readonly { [M in MethodName]: [M, InputOf<M>] }[MethodName][]) {
  const client = new QueryClient();
  for (const [method, input] of reads) client.setQueryData(queryKeyOf(method, input), { read: true });
  return client;
}

async function staleAfter<E extends EventName>(
  client: QueryClient,
  event: E,
  payload: EventPayload<E>,
): Promise<string[]> {
  for (const queryKey of keysForEvent(event, payload)) await client.invalidateQueries({ queryKey });
  return client
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.isInvalidated)
    .map((query) => JSON.stringify(query.queryKey))
    .sort();
}

const key = <M extends MethodName>(method: M, input: InputOf<M>) => JSON.stringify(queryKeyOf(method, input));

describe('query keys', () => {
  it('start with the area, so that one area is refreshed at once', async () => {
    const client = cacheWith([
      ['inbox.queue', { view: 'a-traiter' }],
      ['inbox.open', { id: 3 }],
      ['patientFile.open', { id: 3 }],
    ]);
    expect(queryKeyOf('patientFile.open', { id: 3 })[0]).toBe('patients');
    expect(queryKeyOf('alerts.add', { patientId: 3, kind: 'allergy', detail: 'x' })[0]).toBe('patients');
    await client.invalidateQueries({ queryKey: areaKey('inbox') });
    expect(client.getQueryState(queryKeyOf('inbox.queue', { view: 'a-traiter' }))?.isInvalidated).toBe(true);
    expect(client.getQueryState(queryKeyOf('inbox.open', { id: 3 }))?.isInvalidated).toBe(true);
    expect(client.getQueryState(queryKeyOf('patientFile.open', { id: 3 }))?.isInvalidated).toBe(false);
  });

  it('with part of an input, match only the reads with those values', async () => {
    const client = cacheWith([
      ['inbox.open', { id: 3 }],
      ['inbox.open', { id: 4 }],
    ]);
    await client.invalidateQueries({ queryKey: inboxKeys.message(4) });
    expect(client.getQueryState(queryKeyOf('inbox.open', { id: 3 }))?.isInvalidated).toBe(false);
    expect(client.getQueryState(queryKeyOf('inbox.open', { id: 4 }))?.isInvalidated).toBe(true);
  });
});

describe('each event invalidates what it changes', () => {
  it('decides every event of the contract, and listens only to those that change data', () => {
    expect(Object.keys(EVENT_KEYS).sort()).toEqual(Object.keys(eventSchemas).sort());
    expect(DATA_EVENTS).toContain('inbox.changed');
    expect(DATA_EVENTS).not.toContain('dictation.progress');
    // A mailbox reports every 30 s: reading the accounts again each time would keep idle seats awake.
    expect(DATA_EVENTS).not.toContain('inbox.sync');
  });

  it('a message changed elsewhere: the queue, the message and the patient files’ lists, nothing else', async () => {
    const client = cacheWith([
      ['inbox.queue', { view: 'a-traiter' }],
      ['inbox.open', { id: 7 }],
      ['inbox.forPatient', { patientId: 12 }],
      ['inbox.accounts', {}],
      ['patientFile.open', { id: 12 }],
    ]);
    expect(await staleAfter(client, 'inbox.changed', { ids: [7] })).toEqual(
      [
        key('inbox.queue', { view: 'a-traiter' }),
        key('inbox.open', { id: 7 }),
        key('inbox.forPatient', { patientId: 12 }),
      ].sort(),
    );
  });

  it('a patient changed: that file and the searches, not another file', async () => {
    const client = cacheWith([
      ['patientFile.open', { id: 1 }],
      ['patientFile.open', { id: 2 }],
      ['patients.search', { query: 'dur', limit: 5 }],
    ]);
    expect(await staleAfter(client, 'patients.changed', { id: 2 })).toEqual(
      [key('patientFile.open', { id: 2 }), key('patients.search', { query: 'dur', limit: 5 })].sort(),
    );
  });

  it('an agenda day changed: every day view (a move names only the day it arrives on), not the settings', async () => {
    const client = cacheWith([
      ['agenda.day', { practitionerId: 1, date: '2026-03-02' }],
      ['agenda.day', { practitionerId: 1, date: '2026-03-03' }],
      ['agenda.waitingRoom', { date: '2026-03-02' }],
      ['agenda.motifs', {}],
    ]);
    expect(await staleAfter(client, 'agenda.changed', { date: '2026-03-03' })).toEqual(
      [
        key('agenda.day', { practitionerId: 1, date: '2026-03-02' }),
        key('agenda.day', { practitionerId: 1, date: '2026-03-03' }),
        key('agenda.waitingRoom', { date: '2026-03-02' }),
      ].sort(),
    );
  });

  it('a PDF or a model download: only once it is over', async () => {
    const client = cacheWith([
      ['letters.list', { patientId: 5 }],
      ['dictation.status', {}],
    ]);
    expect(await staleAfter(client, 'letters.pdf', { letterId: 1, state: 'started' })).toEqual([]);
    expect(
      await staleAfter(client, 'dictation.modelProgress', {
        modelId: 'm',
        received: 1,
        total: 2,
        state: 'running',
        message: '',
      }),
    ).toEqual([]);
    expect(await staleAfter(client, 'letters.pdf', { letterId: 1, state: 'done' })).toEqual([
      key('letters.list', { patientId: 5 }),
    ]);
  });

  it('the practice itself is a form: its event refreshes nothing under the typing', () => {
    expect(EVENT_KEYS['practice.changed']).toBeNull();
    expect(keysForEvent('users.changed', { id: 1 })).toEqual([['inbox', 'inbox.people']]);
  });
});
