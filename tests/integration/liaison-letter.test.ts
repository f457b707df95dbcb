import { afterEach, describe, expect, it } from 'vitest';
import { patientInput } from '../helpers/patients.js';
import { surgeonInput } from '../helpers/practitioners.js';
import { walkCase } from '../helpers/theatre-flow.js';
import { caller, FIRST_ADMIN, manualClock, ok, openTempCore } from '../helpers/temp-core.js';

/**
 * Issue 26 item 4, the lettre de liaison: prepared from the case when the patient leaves, with the
 * follow-up appointment booked or to book and the J+1 call; the theatre list names every patient
 * who left without a signed one. A real database through the dispatcher, the Paris clock set.
 */
let dispose: (() => void) | undefined;
afterEach(() => dispose?.());

const SURGERY_DAY = '2026-12-08';
// 07:30 in Paris (UTC+1 in December), before the first case.
const MORNING = Date.UTC(2026, 11, 8, 6, 30);
const THEATRE_NURSE = {
  login: 'bloc',
  displayName: 'Inès Garnier',
  password: 'bloc-operatoire-1',
  roles: ['theatre'],
  practitionerId: null,
};

type Caller = ReturnType<typeof caller>;
type Missing = { caseId: number; patientId: number; birthDate: string; displayName: string; prepared: boolean }[];

async function practice() {
  const opened = await openTempCore(manualClock(MORNING));
  dispose = opened.dispose;
  const admin = caller(opened.core);
  await ok(admin.call('setup.initialize', FIRST_ADMIN));
  await ok(admin.call('users.create', THEATRE_NURSE));
  const nurse = caller(opened.core);
  await ok(nurse.call('auth.login', { login: THEATRE_NURSE.login, password: THEATRE_NURSE.password }));
  const surgeon = (await ok<{ id: number }>(admin.call('practice.addPractitioner', surgeonInput('Fontaine')))).id;
  const motif = (
    await ok<{ id: number }>(
      admin.call('agenda.saveMotif', {
        label: 'Contrôle post-opératoire',
        durationMinutes: 20,
        practitionerIds: [surgeon],
      }),
    )
  ).id;
  await ok(
    admin.call('agenda.addPeriod', {
      practitionerId: surgeon,
      weekday: 5,
      startTime: '08:00',
      endTime: '12:00',
      validFrom: '2026-01-01',
    }),
  );
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
  // Léa's check is booked before her operation; Marc's is not.
  await ok(
    admin.call('agenda.book', {
      patientId: lea,
      practitionerId: surgeon,
      motifId: motif,
      date: '2026-12-18',
      time: '09:00',
    }),
  );
  const session = await ok<{ id: number }>(
    admin.call('theatre.createSession', {
      date: SURGERY_DAY,
      room: '2',
      surgeonId: surgeon,
      anaesthetist: 'Dr Roux',
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
          procedure: 'Ténolyse du fléchisseur',
          side: 'right',
          digits: ['D4'],
          zone: 'IPP',
          plannedAnaesthesia,
          estimatedMinutes: 45,
          turnoverMinutes: 15,
          notes: '',
        }),
      )
    ).id;
  const leaCase = await addCase(lea, 'walant');
  const marcCase = await addCase(marc, 'regional');
  return { ...opened, admin, nurse, lea, marc, leaCase, marcCase };
}

const missingOf = (who: Caller) => ok<Missing>(who.call('liaison.missing', { from: SURGERY_DAY, to: SURGERY_DAY }));

describe('lettre de liaison', () => {
  it('is prepared from the case when the patient leaves, with the follow-up booked or to book', async () => {
    const { admin, nurse, leaCase, marcCase, lea } = await practice();
    // Nobody has left yet: nobody is missing a letter.
    expect(await missingOf(nurse)).toEqual([]);
    await walkCase(nurse, leaCase, 'left');
    await walkCase(nurse, marcCase, 'left');

    const opened = await ok<{ patientId: number; visitId: number; kind: string }>(
      admin.call('liaison.open', { caseId: leaCase }),
    );
    expect(opened).toMatchObject({ patientId: lea, kind: 'discharge-liaison' });
    const draft = await ok<{ sections: Record<string, string>; savedDraft: { by: string } | null }>(
      admin.call('letters.draft', { visitId: opened.visitId, kind: 'discharge-liaison' }),
    );
    // Prepared at « sorti », by whoever recorded it (the Bloc's nurse), not when first opened.
    expect(draft.savedDraft?.by).toBe(THEATRE_NURSE.displayName);
    expect(draft.sections.reason).toMatch(/Ténolyse du fléchisseur, main droite, .*D4.*08\/12\/2026/);
    expect(draft.sections.summary).toMatch(/anesthésie locale, patient éveillé \(WALANT\)/);
    expect(draft.sections.summary).toMatch(/sortie 07 h 30\./);
    expect(draft.sections.treatments).toMatch(/38 °C/);
    expect(draft.sections.followUp).toMatch(
      /Rendez-vous de contrôle le 18\/12\/2026 à 09:00 \(Contrôle post-opératoire\)/,
    );
    expect(draft.sections.followUp).toMatch(/lendemain, 09\/12\/2026/);
    // The operative report of the same case is written on the same visit.
    const report = await ok<{ visitId: number }>(admin.call('theatre.operativeReport', { caseId: leaCase }));
    expect(report.visitId).toBe(opened.visitId);

    const marcLetter = await ok<{ visitId: number }>(admin.call('liaison.open', { caseId: marcCase }));
    const marcDraft = await ok<{ sections: Record<string, string> }>(
      admin.call('letters.draft', { visitId: marcLetter.visitId, kind: 'discharge-liaison' }),
    );
    expect(marcDraft.sections.followUp).toMatch(/^Rendez-vous de contrôle à prendre/);
    expect(marcDraft.sections.summary).toMatch(/anesthésie locorégionale/);
  });

  it('names, with their birth dates, those who left without a signed letter, until it is signed', async () => {
    const { admin, nurse, leaCase, marcCase, lea, marc } = await practice();
    await walkCase(nurse, leaCase, 'left');
    await walkCase(nurse, marcCase, 'left');
    const before = await missingOf(nurse);
    expect(before.map((entry) => [entry.patientId, entry.birthDate, entry.prepared])).toEqual([
      [lea, '1984-05-02', true],
      [marc, '1950-11-30', true],
    ]);
    expect(before[0]?.displayName).toMatch(/MEUNIER Léa/);

    // The surgeon signs Léa's (generates it from the draft): she leaves the list, Marc stays.
    const opened = await ok<{ visitId: number }>(admin.call('liaison.open', { caseId: leaCase }));
    const { sections } = await ok<{ sections: Record<string, string> }>(
      admin.call('letters.draft', { visitId: opened.visitId, kind: 'discharge-liaison' }),
    );
    await ok(admin.call('letters.generate', { visitId: opened.visitId, kind: 'discharge-liaison', sections }));
    expect((await missingOf(nurse)).map((entry) => entry.patientId)).toEqual([marc]);
    // Opened again once signed: no new draft is made over it.
    await ok(admin.call('liaison.open', { caseId: leaCase }));
    expect((await missingOf(nurse)).map((entry) => entry.patientId)).toEqual([marc]);
  });

  it('keeps what the surgeon wrote in the draft, and refuses a wrong span in French', async () => {
    const { admin, nurse, marcCase } = await practice();
    await walkCase(nurse, marcCase, 'left');
    const opened = await ok<{ visitId: number }>(admin.call('liaison.open', { caseId: marcCase }));
    await ok(
      admin.call('letters.saveDraft', {
        visitId: opened.visitId,
        kind: 'discharge-liaison',
        sections: { reason: 'Écrit par le chirurgien.', summary: '', treatments: '', followUp: '' },
      }),
    );
    await ok(admin.call('liaison.open', { caseId: marcCase }));
    const draft = await ok<{ sections: Record<string, string> }>(
      admin.call('letters.draft', { visitId: opened.visitId, kind: 'discharge-liaison' }),
    );
    expect(draft.sections.reason).toBe('Écrit par le chirurgien.');

    const backwards = await nurse.call('liaison.missing', { from: '2026-12-08', to: '2026-12-01' });
    expect(backwards.ok).toBe(false);
    if (!backwards.ok) expect(JSON.stringify(backwards.error)).toMatch(/"to".*avant le « du »/);
    const tooLong = await nurse.call('liaison.missing', { from: '2026-01-01', to: '2026-12-08' });
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(JSON.stringify(tooLong.error)).toMatch(/Au plus 31 jours/);
    // The Bloc's nurse sees the list; the letter itself is the writers' (the surgeon signs it).
    const refused = await nurse.call('liaison.open', { caseId: marcCase });
    expect(refused.ok).toBe(false);
  });
});
