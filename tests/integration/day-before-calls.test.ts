import { afterEach, describe, expect, it } from 'vitest';
import type { DayBeforeEntry } from '../../electron/api/common/schemas/day-before-calls.js';
import type { TheatreSession } from '../../electron/api/common/schemas/theatre.js';
import { patientInput } from '../helpers/patients.js';
import { caller, FIRST_ADMIN, manualClock, ok, openTempCore, signedInSecretary } from '../helpers/temp-core.js';

/**
 * Issue 26 item 2, la veille: the J-1 call list is built from the next day's theatre list, says
 * what to tell each patient, and what the patient answers lands on the Bloc card. A real database
 * through the dispatcher, with the Paris clock set the day before.
 */
let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

const SURGERY_DAY = '2026-12-04';
// 10:00 in Paris (UTC+1 in December) on the day before.
const DAY_BEFORE_MORNING = Date.UTC(2026, 11, 3, 9, 0);
const MINUTE = 60_000;

async function practice() {
  const opened = await openTempCore(manualClock(DAY_BEFORE_MORNING));
  dispose = opened.dispose;
  const admin = caller(opened.core);
  await ok(admin.call('setup.initialize', FIRST_ADMIN));
  const { secretary } = await signedInSecretary(opened.core, admin);
  const patient = async (birthName: string, firstNames: string, birthDate: string) =>
    (
      await ok<{ id: number }>(
        admin.call('patients.create', {
          ...patientInput({ birthName, firstNames, usedFirstName: firstNames, birthDate }),
          confirmNotDuplicate: true,
        }),
      )
    ).id;
  const lea = await patient('Meunier', 'Léa', '1984-05-02');
  const marc = await patient('Durand', 'Marc', '1950-11-30');
  const anne = await patient('Petit', 'Anne', '1999-01-15');
  const session = await ok<{ id: number }>(
    admin.call('theatre.createSession', {
      date: SURGERY_DAY,
      room: '2',
      surgeonId: null,
      anaesthetist: '',
      scrubNurse: '',
      circulatingNurse: '',
    }),
  );
  const addCase = (patientId: number, plannedAnaesthesia: string, estimatedMinutes: number) =>
    ok<{ id: number }>(
      admin.call('theatre.addCase', {
        sessionId: session.id,
        patientId,
        procedure: 'Ténolyse du fléchisseur',
        side: 'right',
        digits: ['D4'],
        zone: 'IPP',
        plannedAnaesthesia,
        estimatedMinutes,
        turnoverMinutes: 15,
        notes: '',
      }),
    );
  const leaCase = (await addCase(lea, 'walant', 45)).id;
  const marcCase = (await addCase(marc, 'regional', 60)).id;
  const anneCase = (await addCase(anne, 'general', 30)).id;
  return { ...opened, admin, secretary, lea, marc, anne, leaCase, marcCase, anneCase };
}

type List = { day: string; eveningAt: string; entries: DayBeforeEntry[] };
const listOf = (who: ReturnType<typeof caller>) => ok<List>(who.call('dayBeforeCalls.list', { day: SURGERY_DAY }));
const entryOf = (list: List, caseId: number): DayBeforeEntry => {
  const entry = list.entries.find((candidate) => candidate.caseId === caseId);
  if (!entry) throw new Error(`intervention ${caseId} absente de la liste`);
  return entry;
};
const versionsOf = (entry: DayBeforeEntry): Record<string, number> =>
  Object.fromEntries(entry.preferences.map((preference) => [preference.value.item, preference.version]));

const answers = (overrides: Record<string, unknown> = {}) => ({
  arrivalConfirmed: true,
  fastingUnderstood: true,
  companion: { name: 'Paul Meunier', phone: '06 11 22 33 44' },
  anaesthesia: 'walant',
  music: { choice: 'music', style: 'jazz', artist: 'Nina Simone', playlist: '' },
  fears: { needles: true, blood: false, noise: false, other: '' },
  talkingPoints: 'Prépare un marathon au printemps',
  callAfter: { name: 'Paul Meunier', phone: '06 11 22 33 44' },
  ...overrides,
});

describe('la veille', () => {
  it('lists tomorrow’s patients with their birth date, arrival time, place and fasting, cancelled cases left out', async () => {
    const { secretary, admin, leaCase, marcCase, anneCase } = await practice();
    await ok(admin.call('theatre.setStatus', { caseId: anneCase, status: 'cancelled', reason: 'patiente malade' }));
    const list = await listOf(secretary);
    expect(list.eveningAt).toBe('18:00');
    expect(list.entries.map((entry) => entry.caseId)).toEqual([leaCase, marcCase]);
    const lea = entryOf(list, leaCase);
    const marc = entryOf(list, marcCase);
    expect(lea.patient).toMatchObject({ name: expect.stringMatching(/Léa/), birthDate: '1984-05-02' });
    expect(lea.patient.phones).toEqual(['06 12 34 56 78']);
    // The session starts at 08:00; Marc follows Léa's 45 minutes and 15 of turnover.
    expect([lea.startsAt, lea.arrivalAt]).toEqual(['08:00', '07:30']);
    expect([marc.startsAt, marc.arrivalAt]).toEqual(['09:00', '08:00']);
    expect(lea.fasting).toMatch(/Pas de jeûne/);
    expect(marc.fasting).toMatch(/À jeun/);
    expect(marc.companionAdvice).toMatch(/obligatoire/);
    expect(lea.place).toMatch(/SOS Main Test.*salle 2/);
    expect([lea.state, marc.state]).toEqual(['a-appeler', 'a-appeler']);
  });

  it('a patient who chose a general anaesthesia for a planned WALANT is told to fast', async () => {
    const { secretary, admin, lea, leaCase } = await practice();
    await ok(
      admin.call('preferences.set', {
        patientId: lea,
        version: 0,
        value: { item: 'anaesthesia', choice: 'general', regionalBlock: '', discussedOn: '20/11/2026' },
      }),
    );
    const entry = entryOf(await listOf(secretary), leaCase);
    expect(entry.fasting).toMatch(/À jeun/);
    expect(entry.arrivalAt).toBe('07:00');
  });

  it('writes a reached patient’s answers to the Bloc card, and flags a changed anaesthesia', async () => {
    const { secretary, admin, marcCase, marc } = await practice();
    const entry = entryOf(await listOf(secretary), marcCase);
    await ok(
      secretary.call('dayBeforeCalls.record', {
        caseId: marcCase,
        reached: true,
        answers: answers(),
        versions: versionsOf(entry),
        notes: 'Rassuré sur le garrot',
      }),
    );
    const after = entryOf(await listOf(secretary), marcCase);
    expect(after.state).toBe('joint');
    expect(after.anaesthesiaChange).toMatchObject({ from: 'regional', to: 'walant', by: 'Nathalie Roux' });
    expect(after.attempts).toEqual([
      expect.objectContaining({ reached: true, by: 'Nathalie Roux', notes: 'Rassuré sur le garrot' }),
    ]);
    const sessions = await ok<TheatreSession[]>(admin.call('theatre.day', { date: SURGERY_DAY }));
    const card = sessions[0]?.cases.find((theatreCase) => theatreCase.id === marcCase)?.card;
    expect(card?.patientId).toBe(marc);
    expect(card?.chosenAnaesthesia).toBe('walant');
    const items = Object.fromEntries(
      (card?.preferences ?? []).map((preference) => [preference.value.item, preference]),
    );
    expect(items.music?.value).toMatchObject({ choice: 'music', artist: 'Nina Simone' });
    expect(items.talkingPoints?.value).toMatchObject({ text: 'Prépare un marathon au printemps' });
    expect(items.music?.by).toBe('Nathalie Roux');
    // The call is one of the patient's exchanges, with the day of the surgery.
    const exchanges = await ok<unknown[]>(secretary.call('dayBeforeCalls.forPatient', { patientId: marc }));
    expect(exchanges).toEqual([
      expect.objectContaining({
        caseId: marcCase,
        surgeryDay: SURGERY_DAY,
        reached: true,
        by: 'Nathalie Roux',
        anaesthesiaChange: { from: 'regional', to: 'walant' },
      }),
    ]);
  });

  it('confirming the planned anaesthesia is no change', async () => {
    const { secretary, leaCase } = await practice();
    const entry = entryOf(await listOf(secretary), leaCase);
    await ok(
      secretary.call('dayBeforeCalls.record', {
        caseId: leaCase,
        reached: true,
        answers: answers({ anaesthesia: 'walant' }),
        versions: versionsOf(entry),
        notes: '',
      }),
    );
    expect(entryOf(await listOf(secretary), leaCase).anaesthesiaChange).toBeNull();
  });

  it('a patient not reached is « à rappeler », then « non joint » once the evening has come', async () => {
    const { secretary, clock, leaCase, marcCase } = await practice();
    await ok(
      secretary.call('dayBeforeCalls.record', {
        caseId: leaCase,
        reached: false,
        answers: null,
        versions: {},
        notes: 'messagerie',
      }),
    );
    let list = await listOf(secretary);
    expect(entryOf(list, leaCase).state).toBe('a-rappeler');
    expect(entryOf(list, leaCase).attempts).toHaveLength(1);
    // To 17:59 Paris, a look every five minutes (the seat would lock after ten idle minutes).
    for (let minutes = 0; minutes < 8 * 60 - 1; minutes += 5) {
      clock.advance(Math.min(5, 8 * 60 - 1 - minutes) * MINUTE);
      list = await listOf(secretary);
    }
    expect(entryOf(list, leaCase).state).toBe('a-rappeler');
    clock.advance(MINUTE); // 18:00 Paris
    list = await listOf(secretary);
    expect(entryOf(list, leaCase).state).toBe('non-joint');
    // Never called at all is not reached either.
    expect(entryOf(list, marcCase).state).toBe('non-joint');
  });

  it('refuses answers read before another seat changed the card, and writes nothing', async () => {
    const { secretary, admin, lea, leaCase } = await practice();
    const entry = entryOf(await listOf(secretary), leaCase);
    await ok(
      admin.call('preferences.set', {
        patientId: lea,
        version: 0,
        value: { item: 'music', choice: 'silence', style: '', artist: '', playlist: '' },
      }),
    );
    const refused = await secretary.call('dayBeforeCalls.record', {
      caseId: leaCase,
      reached: true,
      answers: answers(),
      versions: versionsOf(entry),
      notes: '',
    });
    expect(refused.ok).toBe(false);
    const after = entryOf(await listOf(secretary), leaCase);
    expect(after.attempts).toEqual([]);
    expect(after.preferences.find((preference) => preference.value.item === 'music')?.value).toMatchObject({
      choice: 'silence',
    });
    expect(after.preferences.some((preference) => preference.value.item === 'talkingPoints')).toBe(false);
  });

  it('refuses a call on a cancelled case, and a reached patient without answers, naming the field in French', async () => {
    const { secretary, admin, leaCase, marcCase } = await practice();
    await ok(admin.call('theatre.setStatus', { caseId: marcCase, status: 'cancelled', reason: 'fièvre' }));
    const cancelled = await secretary.call('dayBeforeCalls.record', {
      caseId: marcCase,
      reached: false,
      answers: null,
      versions: {},
      notes: '',
    });
    expect(cancelled.ok).toBe(false);
    if (!cancelled.ok) expect(cancelled.error.message).toMatch(/annulée/);
    const empty = await secretary.call('dayBeforeCalls.record', {
      caseId: leaCase,
      reached: true,
      answers: null,
      versions: {},
      notes: '',
    });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(JSON.stringify(empty.error)).toMatch(/remplir ses réponses/);
    const badPhone = await secretary.call('dayBeforeCalls.record', {
      caseId: leaCase,
      reached: true,
      answers: answers({ companion: { name: 'Paul', phone: 'x'.repeat(40) } }),
      versions: {},
      notes: '',
    });
    expect(badPhone.ok).toBe(false);
    if (!badPhone.ok) expect(JSON.stringify(badPhone.error)).toMatch(/Téléphone de l’accompagnant/);
    expect(entryOf(await listOf(secretary), leaCase).attempts).toEqual([]);
  });
});
