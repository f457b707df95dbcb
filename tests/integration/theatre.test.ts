import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TheatreSession } from '../../electron/api/schemas/theatre.js';
import { patientInput } from '../helpers/patients.js';
import { caller, FIRST_ADMIN, openTempCore } from '../helpers/temp-core.js';

// Issue 13, first part: the theatre list with each patient's card, on a real database.
let opened: Awaited<ReturnType<typeof openTempCore>>;
let admin: ReturnType<typeof caller>;
beforeEach(async () => {
  opened = await openTempCore();
  admin = caller(opened.core);
  await admin.call('setup.initialize', FIRST_ADMIN);
});
afterEach(() => {
  opened.dispose();
});

const value = async <T>(
  promise: Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>,
): Promise<T> => {
  const result = await promise;
  if (!result.ok) throw new Error(result.error?.message);
  return result.value as T;
};

const theCase = (sessionId: number, patientId: number, overrides: Record<string, unknown> = {}) => ({
  sessionId,
  patientId,
  procedure: 'Ténolyse du fléchisseur',
  side: 'right',
  digits: ['D4'],
  zone: 'IPP',
  plannedAnaesthesia: 'walant',
  estimatedMinutes: 45,
  turnoverMinutes: 15,
  notes: '',
  ...overrides,
});

describe('theatre list', () => {
  it('plans a session with three cases in order, each with its card, and flags a chosen anaesthesia that differs', async () => {
    const ids = [];
    for (const [birthName, firstNames] of [
      ['Meunier', 'Léa'],
      ['Durand', 'Marc'],
      ['Petit', 'Anne'],
    ] as const) {
      ids.push(
        (
          await value<{ id: number }>(
            admin.call('patients.create', {
              ...patientInput({ birthName, firstNames, usedFirstName: firstNames }),
              confirmNotDuplicate: true,
            }),
          )
        ).id,
      );
    }
    const [lea, marc, anne] = ids as [number, number, number];
    await admin.call('preferences.set', {
      patientId: lea,
      value: { item: 'anaesthesia', choice: 'general', regionalBlock: '', discussedOn: '20/11/2026' },
    });
    await admin.call('preferences.set', {
      patientId: lea,
      value: { item: 'music', choice: 'music', style: 'jazz', artist: 'Nina Simone', playlist: '' },
    });
    await admin.call('alerts.add', { patientId: lea, kind: 'allergy', detail: 'latex' });
    const { id: sessionId } = await value<{ id: number }>(
      admin.call('theatre.createSession', {
        date: '26/11/2026',
        room: 'Salle 2',
        surgeonId: null,
        anaesthetist: 'Dr Roux',
        scrubNurse: 'Sophie',
        circulatingNurse: 'Karim',
      }),
    );
    const first = await value<{ id: number }>(admin.call('theatre.addCase', theCase(sessionId, lea)));
    await value(
      admin.call(
        'theatre.addCase',
        theCase(sessionId, marc, {
          digits: [],
          zone: 'poignet',
          procedure: 'Canal carpien',
          plannedAnaesthesia: 'regional',
        }),
      ),
    );
    await value(
      admin.call(
        'theatre.addCase',
        theCase(sessionId, anne, { digits: ['D1'], zone: 'TM', procedure: 'Trapézectomie' }),
      ),
    );
    await value(admin.call('theatre.moveCase', { caseId: first.id, position: 3 }));

    const [session] = await value<TheatreSession[]>(admin.call('theatre.day', { date: '2026-11-26' }));
    expect(session?.room).toBe('Salle 2');
    expect(session?.cases.map((c) => c.card.displayName)).toEqual(['DURAND Marc', 'PETIT Anne', 'MEUNIER Léa']);
    const leaCase = session?.cases[2];
    expect(leaCase).toMatchObject({
      side: 'right',
      digits: ['D4'],
      zone: 'IPP',
      anaesthesiaMismatch: true,
      card: { chosenAnaesthesia: 'general' },
    });
    expect(leaCase?.card.alerts.map((alert) => alert.detail)).toEqual(['latex']);
    expect(leaCase?.card.preferences.map((preference) => preference.value.item).sort()).toEqual([
      'anaesthesia',
      'music',
    ]);
    expect(session?.cases[0]?.anaesthesiaMismatch).toBe(false);
    // Reading the cards is reading the files: each is traced.
    const log = await value<{ action: string }[]>(admin.call('patients.accessLog', { patientId: lea }));
    expect(log.map((entry) => entry.action)).toContain('theatre.day');
  });

  it('refuses a case without side or digit or zone, 100,000-character notes, and lets theatre staff read but not plan', async () => {
    const patientId = (
      await value<{ id: number }>(admin.call('patients.create', { ...patientInput(), confirmNotDuplicate: true }))
    ).id;
    const { id: sessionId } = await value<{ id: number }>(
      admin.call('theatre.createSession', {
        date: '2026-11-26',
        room: '1',
        surgeonId: null,
        anaesthetist: '',
        scrubNurse: '',
        circulatingNurse: '',
      }),
    );
    expect(await admin.call('theatre.addCase', theCase(sessionId, patientId, { side: null }))).toMatchObject({
      ok: false,
      error: { fields: { side: expect.any(String) } },
    });
    expect(
      await admin.call('theatre.addCase', theCase(sessionId, patientId, { digits: [], zone: null })),
    ).toMatchObject({
      ok: false,
      error: { fields: { digits: 'précisez le ou les doigts, ou l’articulation ou la zone' } },
    });
    expect(
      await admin.call('theatre.addCase', theCase(sessionId, patientId, { notes: 'x'.repeat(100_000) })),
    ).toMatchObject({ ok: false, error: { fields: { notes: expect.any(String) } } });
    await admin.call('users.create', {
      login: 'theo',
      displayName: 'Théo',
      password: 'bloc-operatoire-1',
      roles: ['theatre'],
      practitionerId: null,
    });
    const { confirmNotDuplicate: _confirm, ...withoutConfirmation } = patientInput();
    const theo = caller(opened.core);
    await theo.call('auth.login', { login: 'theo', password: 'bloc-operatoire-1' });
    expect(await theo.call('theatre.day', { date: '26112026' })).toMatchObject({ ok: true });
    expect(await theo.call('theatre.addCase', theCase(sessionId, patientId))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await theo.call('patients.update', { id: patientId, ...withoutConfirmation })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
