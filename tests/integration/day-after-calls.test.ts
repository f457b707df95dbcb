import { afterEach, describe, expect, it } from 'vitest';
import type { DayAfterAnswers, DayAfterEntry } from '../../electron/api/common/schemas/day-after-calls.js';
import type { QueueItem } from '../../electron/api/common/schemas/inbox.js';
import { patientInput } from '../helpers/patients.js';
import { walkCase } from '../helpers/theatre-flow.js';
import { caller, FIRST_ADMIN, manualClock, ok, openTempCore, SECRETARY } from '../helpers/temp-core.js';

/**
 * Issue 26 item 3, le lendemain: the J+1 list is the patients who left the day before; a bad
 * answer raises the surgeon's alert at the top of the one queue; a patient not reached by the set
 * hour is flagged. A real database through the dispatcher, the Paris clock injected.
 */
let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

const SURGERY_DAY = '2026-12-07';
const FOLLOW_UP_DAY = '2026-12-08';
// 08:00 in Paris (UTC+1 in December) on the day of surgery, then 09:00 the next day.
const SURGERY_MORNING = Date.UTC(2026, 11, 7, 7, 0);
const NEXT_MORNING = Date.UTC(2026, 11, 8, 8, 0);
const HOUR = 3_600_000;

type Caller = ReturnType<typeof caller>;

const reassuring: DayAfterAnswers = {
  pain: 3,
  temperature: 37.1,
  bleeding: 'non',
  fingerColour: 'rose',
  warmth: 'chaud',
  feeling: 'normale',
  nausea: false,
  dressing: 'propre',
  questions: '',
};

async function practice() {
  const opened = await openTempCore(manualClock(SURGERY_MORNING));
  dispose = opened.dispose;
  const admin = caller(opened.core);
  await ok(admin.call('setup.initialize', FIRST_ADMIN));
  await ok(admin.call('users.create', SECRETARY));
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
  const paul = await patient('Roux', 'Paul', '1971-07-07');
  const session = await ok<{ id: number }>(
    admin.call('theatre.createSession', {
      date: SURGERY_DAY,
      room: '1',
      surgeonId: null,
      anaesthetist: '',
      scrubNurse: '',
      circulatingNurse: '',
    }),
  );
  const addCase = async (patientId: number, plannedAnaesthesia: string) =>
    (
      await ok<{ id: number }>(
        admin.call('theatre.addCase', {
          sessionId: session.id,
          patientId,
          procedure: 'Suture du fléchisseur',
          side: 'left',
          digits: ['D2'],
          zone: null,
          plannedAnaesthesia,
          estimatedMinutes: 45,
          turnoverMinutes: 15,
          notes: '',
        }),
      )
    ).id;
  const leaCase = await addCase(lea, 'walant');
  const marcCase = await addCase(marc, 'regional');
  const anneCase = await addCase(anne, 'general');
  const paulCase = await addCase(paul, 'walant');
  await walkCase(admin, leaCase, 'left');
  await walkCase(admin, marcCase, 'left');
  // Anne stayed (still in recovery, kept overnight), Paul's case was cancelled: not on the J+1 list.
  await walkCase(admin, anneCase, 'recovery');
  await ok(admin.call('theatre.setStatus', { caseId: paulCase, status: 'cancelled', reason: 'fièvre' }));
  // The next morning, the secretary and the surgeon sign in again.
  opened.clock.advance(NEXT_MORNING - SURGERY_MORNING);
  const signIn = async (login: string, password: string) => {
    const who = caller(opened.core);
    await ok(who.call('auth.login', { login, password }));
    return who;
  };
  const secretary = await signIn(SECRETARY.login, SECRETARY.password);
  const surgeon = await signIn(FIRST_ADMIN.login, FIRST_ADMIN.password);
  return { ...opened, signIn, secretary, surgeon, lea, marc, leaCase, marcCase, anneCase };
}

type List = { day: string; operatedOn: string; entries: DayAfterEntry[] };
const listOf = (who: Caller) => ok<List>(who.call('dayAfterCalls.list', { day: FOLLOW_UP_DAY }));
const entryOf = (list: List, caseId: number): DayAfterEntry => {
  const entry = list.entries.find((candidate) => candidate.caseId === caseId);
  if (!entry) throw new Error(`intervention ${caseId} absente de la liste`);
  return entry;
};

describe('le lendemain (J+1)', () => {
  it('lists the patients who left the day before, with birth dates and phones', async () => {
    const { secretary, leaCase, marcCase, lea } = await practice();
    const list = await listOf(secretary);
    expect(list.operatedOn).toBe(SURGERY_DAY);
    expect(list.entries.map((entry) => entry.caseId)).toEqual([leaCase, marcCase]);
    expect(entryOf(list, leaCase).patient).toMatchObject({ id: lea, birthDate: '1984-05-02' });
    expect(entryOf(list, leaCase).patient.name).toMatch(/MEUNIER Léa/);
    expect(entryOf(list, leaCase).state).toBe('a-appeler');
    // The day after the follow-up day lists nobody: the list is the day before's.
    const later = await ok<List>(secretary.call('dayAfterCalls.list', { day: '2026-12-09' }));
    expect(later.entries).toEqual([]);
  });

  it('keeps a reassuring call in the file with who and when, and raises nothing', async () => {
    const { secretary, leaCase, lea } = await practice();
    const recorded = await ok<{ alerts: string[]; requestId: number | null }>(
      secretary.call('dayAfterCalls.record', { caseId: leaCase, reached: true, answers: reassuring, notes: '' }),
    );
    expect(recorded).toMatchObject({ alerts: [], requestId: null });
    expect(entryOf(await listOf(secretary), leaCase).state).toBe('rassurant');
    const inFile = await ok<{ by: string; answers: DayAfterAnswers; operatedOn: string }[]>(
      secretary.call('dayAfterCalls.forPatient', { patientId: lea }),
    );
    expect(inFile).toHaveLength(1);
    expect(inFile[0]).toMatchObject({ by: SECRETARY.displayName, operatedOn: SURGERY_DAY, answers: { pain: 3 } });
  });

  it('puts a bad answer at the top of the queue for the surgeon, with its reasons', async () => {
    const { secretary, surgeon, marcCase, marc } = await practice();
    const recorded = await ok<{ alerts: string[]; requestId: number }>(
      secretary.call('dayAfterCalls.record', {
        caseId: marcCase,
        reached: true,
        answers: { ...reassuring, temperature: 38.6, bleeding: 'traverse', questions: 'ça coule un peu jaune' },
        notes: 'rappeler après le passage du chirurgien',
      }),
    );
    expect(recorded.alerts).toEqual(
      expect.arrayContaining([expect.stringMatching(/38,6 °C/), 'saignement qui traverse le pansement']),
    );
    expect(entryOf(await listOf(secretary), marcCase).state).toBe('alerte');
    // The secretariat's queue: first, urgent today, linked to Marc.
    const queue = await ok<{ items: QueueItem[] }>(secretary.call('inbox.queue', { view: 'a-traiter' }));
    expect(queue.items[0]).toMatchObject({
      id: recorded.requestId,
      category: 'urgence-jour',
      reviewRequested: true,
      channel: 'telephone',
      patient: { id: marc, birthDate: '1950-11-30' },
    });
    expect(queue.items[0]?.subject).toMatch(/^Suivi J\+1 : alerte, .*38,6 °C/);
    // The surgeon's « à revoir ».
    const review = await ok<{ items: QueueItem[] }>(surgeon.call('inbox.queue', { view: 'a-revoir' }));
    expect(review.items.map((item) => item.id)).toContain(recorded.requestId);
  });

  it('reads the patient’s own questions with the inbox’s protocol: a white cold finger is seen now', async () => {
    const { secretary, leaCase } = await practice();
    const recorded = await ok<{ alerts: string[]; requestId: number }>(
      secretary.call('dayAfterCalls.record', {
        caseId: leaCase,
        reached: true,
        answers: { ...reassuring, questions: 'le bout du doigt est tout blanc et froid depuis ce matin' },
        notes: '',
      }),
    );
    expect(recorded.alerts.join(' ')).toMatch(/question du patient : .*blanc/i);
    const queue = await ok<{ items: QueueItem[] }>(secretary.call('inbox.queue', { view: 'a-traiter' }));
    expect(queue.items.find((item) => item.id === recorded.requestId)?.category).toBe('urgence-immediate');
  });

  it('flags a patient not reached by the set hour, and follows the thresholds set in Cabinet', async () => {
    const { secretary, signIn, clock, leaCase, marcCase } = await practice();
    await ok(secretary.call('dayAfterCalls.record', { caseId: leaCase, reached: false, answers: null, notes: '' }));
    expect(entryOf(await listOf(secretary), leaCase).state).toBe('a-rappeler');
    // 15:59 Paris: still to call back; 16:00: « non joint », the one never called too.
    clock.advance(6 * HOUR + 59 * 60_000);
    const afternoon = await signIn(SECRETARY.login, SECRETARY.password);
    expect(entryOf(await listOf(afternoon), leaCase).state).toBe('a-rappeler');
    clock.advance(60_000);
    const late = await listOf(afternoon);
    expect(entryOf(late, leaCase).state).toBe('non-joint');
    expect(entryOf(late, marcCase).state).toBe('non-joint');

    // Thresholds: the surgeons set them; the secretary cannot; a wrong value is named in French.
    const refused = await afternoon.call('dayAfterCalls.setThresholds', {
      painAtLeast: 5,
      temperatureAtLeast: 38,
      noAnswerBy: '18:00',
    });
    expect(refused.ok).toBe(false);
    const surgeonNow = await signIn(FIRST_ADMIN.login, FIRST_ADMIN.password);
    const wrong = await surgeonNow.call('dayAfterCalls.setThresholds', {
      painAtLeast: 11,
      temperatureAtLeast: 38,
      noAnswerBy: '18 h',
    });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(JSON.stringify(wrong.error)).toMatch(/Seuil de douleur : de 1 à 10.*Heure limite/);
    await ok(
      surgeonNow.call('dayAfterCalls.setThresholds', { painAtLeast: 5, temperatureAtLeast: 38, noAnswerBy: '18:00' }),
    );
    // Moved to 18:00, the patients are « à rappeler » again at 16:00; pain 5 now raises the alert.
    expect(entryOf(await listOf(afternoon), leaCase).state).toBe('a-rappeler');
    const recorded = await ok<{ alerts: string[] }>(
      afternoon.call('dayAfterCalls.record', {
        caseId: marcCase,
        reached: true,
        answers: { ...reassuring, pain: 5 },
        notes: '',
      }),
    );
    expect(recorded.alerts).toEqual(['douleur 5/10 (seuil 5)']);
  });

  it('refuses a call for a patient who has not left, and a reached call without answers, in French', async () => {
    const { secretary, anneCase, leaCase } = await practice();
    const stayed = await secretary.call('dayAfterCalls.record', {
      caseId: anneCase,
      reached: false,
      answers: null,
      notes: '',
    });
    expect(stayed.ok).toBe(false);
    if (!stayed.ok) expect(stayed.error.message).toMatch(/pas sorti/);
    const empty = await secretary.call('dayAfterCalls.record', {
      caseId: leaCase,
      reached: true,
      answers: null,
      notes: '',
    });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(JSON.stringify(empty.error)).toMatch(/remplir ses réponses/);
    const badPain = await secretary.call('dayAfterCalls.record', {
      caseId: leaCase,
      reached: true,
      answers: { ...reassuring, pain: 12 },
      notes: '',
    });
    expect(badPain.ok).toBe(false);
    if (!badPain.ok) expect(JSON.stringify(badPain.error)).toMatch(/Douleur : de 0 à 10/);
    expect(entryOf(await listOf(secretary), leaCase).attempts).toEqual([]);
  });
});
