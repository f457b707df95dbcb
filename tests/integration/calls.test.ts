import { afterEach, describe, expect, it } from 'vitest';
import type { QueueItem } from '../../electron/api/common/schemas/inbox.js';
import { patientInput } from '../helpers/patients.js';
import { caller, FIRST_ADMIN, manualClock, ok, openTempCore, signedInSecretary } from '../helpers/temp-core.js';

/**
 * Issue 26 item 1, le cahier d'appels, on a real database through the dispatcher: the number
 * never names a file before the birth date is given, the notes are sorted by the inbox's own
 * protocol, and a call is a request of the one queue and an exchange of the patient's file.
 */
let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

// 00:30 in Paris on 3 December (23:30 UTC the day before): the call belongs to the 3rd.
const HALF_PAST_MIDNIGHT = Date.UTC(2026, 11, 2, 23, 30);

async function practice() {
  const opened = await openTempCore(manualClock(HALF_PAST_MIDNIGHT));
  dispose = opened.dispose;
  const admin = caller(opened.core);
  await ok(admin.call('setup.initialize', FIRST_ADMIN));
  const { secretary, id: secretaryId } = await signedInSecretary(opened.core, admin);
  // A mother and her daughter share the family's mobile: the classic homonymy of the telephone.
  const mother = await ok<{ id: number }>(secretary.call('patients.create', patientInput()));
  const daughter = await ok<{ id: number }>(
    secretary.call('patients.create', {
      ...patientInput({ firstNames: 'Léa', usedFirstName: 'Léa', birthDate: '1990-07-01' }),
      confirmNotDuplicate: true,
    }),
  );
  return { ...opened, admin, secretary, secretaryId, mother: mother.id, daughter: daughter.id };
}

const call = (overrides: Record<string, unknown>) => ({
  number: '06 12 34 56 78',
  callerKind: 'patient',
  callerName: '',
  patientId: null,
  confirmedBirthDate: null,
  notes: 'Je voudrais déplacer mon rendez-vous de jeudi.',
  category: 'rendez-vous',
  loweringReason: '',
  outcome: 'conseil',
  outcomeDetail: '',
  assignedTo: null,
  ...overrides,
});

describe('le cahier d’appels', () => {
  it('says how many files hold a number, and names one only on its birth date', async () => {
    const { secretary, daughter } = await practice();
    const blind = await ok<{ filesWithNumber: number; matches: unknown[] }>(
      secretary.call('calls.identify', { number: '+33 6 12 34 56 78', birthDate: null, name: '' }),
    );
    expect(blind).toEqual({ filesWithNumber: 2, matches: [] });
    const confirmed = await ok<{ matches: { id: number; birthDate: string }[] }>(
      secretary.call('calls.identify', { number: '0612345678', birthDate: '01/07/1990', name: '' }),
    );
    expect(confirmed.matches).toEqual([{ id: daughter, name: expect.stringMatching(/Léa/), birthDate: '1990-07-01' }]);
    // A number one digit off finds nobody; a caller from another phone is found by name and birth date.
    expect(
      await ok(secretary.call('calls.identify', { number: '06 12 34 56 79', birthDate: '1990-07-01', name: '' })),
    ).toEqual({ filesWithNumber: 0, matches: [] });
    const byName = await ok<{ matches: { id: number }[] }>(
      secretary.call('calls.identify', { number: '05 55 00 00 00', birthDate: '1990-07-01', name: 'lefevre' }),
    );
    expect(byName.matches.map((match) => match.id)).toEqual([daughter]);
  });

  it('refuses to link a file on a birth date that is not its own, and writes nothing', async () => {
    const { secretary, mother, core } = await practice();
    const refused = await secretary.call(
      'calls.record',
      call({ patientId: mother, confirmedBirthDate: '1990-07-01', callerKind: 'patient' }),
    );
    expect(refused).toMatchObject({ ok: false, error: { fields: { confirmedBirthDate: expect.any(String) } } });
    expect(core.db.prepare('SELECT count(*) AS n FROM calls').get()).toEqual({ n: 0 });
    expect(core.db.prepare("SELECT count(*) AS n FROM mail_messages WHERE channel = 'telephone'").get()).toEqual({
      n: 0,
    });
  });

  it('reads the notes with the inbox protocol and says what to tell the caller', async () => {
    const { secretary } = await practice();
    const reading = await ok<{ category: string; firstAid: string; reasons: { label: string }[] }>(
      secretary.call('calls.read', {
        notes: 'Son fils s’est coupé le doigt avec une scie, le bout est tombé, ça saigne beaucoup',
        patientId: null,
        callerKind: 'proche',
      }),
    );
    expect(reading.category).toBe('urgence-immediate');
    expect(reading.reasons.length).toBeGreaterThan(0);
    expect(reading.firstAid).toMatch(/garrot/);
    expect(reading.firstAid).toMatch(/glace/);
    const ordinary = await ok<{ category: string; firstAid: string }>(
      secretary.call('calls.read', {
        notes: 'Elle demande un arrêt de travail',
        patientId: null,
        callerKind: 'patient',
      }),
    );
    expect(ordinary.category).not.toMatch(/^urgence/);
  });

  it('puts a call to return in the queue, assigned and due, and in the patient’s exchanges', async () => {
    const { secretary, secretaryId, daughter, admin } = await practice();
    const notes = 'Doigt gonflé et rouge depuis hier soir après une piqûre de rosier, un peu de fièvre';
    const reading = await ok<{ category: string; dueAt: string | null }>(
      secretary.call('calls.read', { notes, patientId: daughter, callerKind: 'patient' }),
    );
    const recorded = await ok<{ id: number; requestId: number }>(
      secretary.call(
        'calls.record',
        call({
          notes,
          patientId: daughter,
          confirmedBirthDate: '1990-07-01',
          category: reading.category,
          outcome: 'rappeler',
        }),
      ),
    );
    const queue = await ok<{ items: QueueItem[] }>(admin.call('inbox.queue', { view: 'a-traiter', mine: false }));
    const item = queue.items.find((entry) => entry.id === recorded.requestId);
    expect(item).toMatchObject({
      channel: 'telephone',
      state: 'a-traiter',
      assignedTo: { id: secretaryId },
      category: reading.category,
      patient: { id: daughter, birthDate: '1990-07-01' },
    });
    expect(item?.dueAt).toBe(reading.dueAt);
    const exchanges = await ok<{ channel: string; id: number }[]>(
      admin.call('inbox.forPatient', { patientId: daughter }),
    );
    expect(exchanges).toContainEqual(expect.objectContaining({ id: recorded.requestId, channel: 'telephone' }));
    // The cahier of the Paris day (3 December at 00:30), not of the UTC day before.
    const today = await ok<{ id: number; patient: { birthDate: string } }[]>(
      admin.call('calls.day', { day: '2026-12-03', query: '' }),
    );
    expect(today.map((entry) => entry.id)).toEqual([recorded.id]);
    expect(today[0]?.patient.birthDate).toBe('1990-07-01');
    expect(await ok(admin.call('calls.day', { day: '2026-12-02', query: '' }))).toEqual([]);
    expect(await ok(admin.call('calls.day', { day: '2026-12-03', query: 'rosier' }))).toHaveLength(1);
    expect(await ok(admin.call('calls.day', { day: '2026-12-03', query: '56 78' }))).toHaveLength(1);
    expect(await ok(admin.call('calls.day', { day: '2026-12-03', query: 'ongle' }))).toHaveLength(0);
  });

  it('lowers an emergency only with a reason, kept with the call', async () => {
    const { secretary, core } = await practice();
    const notes = 'Il a la main écrasée dans une presse, il est tout pâle';
    const lowered = call({ notes, category: 'semi-urgent', outcome: 'rdv' });
    expect(await secretary.call('calls.record', lowered)).toMatchObject({
      ok: false,
      error: { fields: { loweringReason: expect.stringMatching(/motif/) } },
    });
    const kept = await ok<{ id: number }>(
      secretary.call('calls.record', { ...lowered, loweringReason: 'Vu par le chirurgien hier, plaie superficielle' }),
    );
    expect(core.db.prepare('SELECT suggested_category, lowering_reason FROM calls WHERE id = ?').get(kept.id)).toEqual({
      suggested_category: 'urgence-immediate',
      lowering_reason: 'Vu par le chirurgien hier, plaie superficielle',
    });
    expect(await secretary.call('calls.record', call({ outcome: 'oriente' }))).toMatchObject({
      ok: false,
      error: { fields: { outcomeDetail: expect.any(String) } },
    });
  });

  it('uses the practice’s own first-aid words once written in Cabinet, by an administrator only', async () => {
    const { secretary, admin } = await practice();
    const instructions = 'Venir au centre tout de suite. Ne rien manger. Appeler le 15 si malaise.';
    expect(
      await secretary.call('calls.setFirstAid', { category: 'urgence-immediate', instructions: 'x' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await ok(admin.call('calls.setFirstAid', { category: 'urgence-immediate', instructions }));
    const list = await ok<{ category: string; instructions: string; isDefault: boolean }[]>(
      secretary.call('calls.firstAid', {}),
    );
    expect(list.find((entry) => entry.category === 'urgence-immediate')).toEqual({
      category: 'urgence-immediate',
      instructions,
      isDefault: false,
    });
    const reading = await ok<{ firstAid: string }>(
      secretary.call('calls.read', { notes: 'doigt arraché par une machine', patientId: null, callerKind: 'patient' }),
    );
    expect(reading.firstAid).toBe(instructions);
  });
});
