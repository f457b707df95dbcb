import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TheatreSession } from '../../electron/api/common/schemas/theatre.js';
import { patientInput } from '../helpers/patients.js';
import { solidPng } from '../helpers/png.js';
import { caller, FIRST_ADMIN, openTempCore } from '../helpers/temp-core.js';
import { answerMoment as answerMomentAs, CASE_FLOW, walkCase } from '../helpers/theatre-flow.js';

// Issue 13: the theatre list with each patient's card, on a real database.
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

const newPatient = async (): Promise<number> =>
  (await value<{ id: number }>(admin.call('patients.create', { ...patientInput(), confirmNotDuplicate: true }))).id;
/** An empty session on 26/11/2026, room `room`, no team. */
const newSession = (room: string, team: Record<string, string> = {}): Promise<{ id: number }> =>
  value<{ id: number }>(
    admin.call('theatre.createSession', {
      date: '2026-11-26',
      room,
      surgeonId: null,
      anaesthetist: '',
      scrubNurse: '',
      circulatingNurse: '',
      ...team,
    }),
  );

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

type Moments = { moments: { id: string; open: boolean; items: { id: string; answer: unknown }[] }[] };
/** Answers « oui » to every item of one moment of the case's checklist. */
const answerMoment = (caseId: number, momentId: string) => answerMomentAs(admin, caseId, momentId);
/** Walks a case through the day's flow up to `target`, saying each checklist moment at its pause. */
const walkTo = (caseId: number, target: (typeof CASE_FLOW)[number]) => walkCase(admin, caseId, target);

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
      version: 0,
      value: { item: 'anaesthesia', choice: 'general', regionalBlock: '', discussedOn: '20/11/2026' },
    });
    await admin.call('preferences.set', {
      patientId: lea,
      version: 0,
      value: { item: 'music', choice: 'music', style: 'jazz', artist: 'Nina Simone', playlist: '' },
    });
    await admin.call('alerts.add', { patientId: lea, kind: 'allergy', detail: 'latex' });
    const photo = await value<{ id: number }>(
      admin.call('documents.add', {
        patientId: lea,
        visitId: null,
        fileName: 'photo-identite.png',
        content: solidPng(8, 8, [200, 150, 120]).toString('base64'),
      }),
    );
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
    expect(leaCase?.card.photoDocumentId).toBe(photo.id);
    expect(session?.cases[0]?.card.photoDocumentId).toBeNull();
    expect(leaCase?.card.preferences.map((preference) => preference.value.item).sort()).toEqual([
      'anaesthesia',
      'music',
    ]);
    expect(session?.cases[0]?.anaesthesiaMismatch).toBe(false);
    // The day on paper: a PDF made by the server, whose text reads right.
    const pdf = await value<{ fileName: string; contentBase64: string }>(
      admin.call('theatre.dayPdf', { date: '26/11/2026' }),
    );
    expect(pdf.fileName).toBe('programme-operatoire-2026-11-26.pdf');
    const text = execFileSync('pdftotext', ['-', '-'], { input: Buffer.from(pdf.contentBase64, 'base64') }).toString();
    expect(text).toContain('Programme opératoire du 26/11/2026');
    expect(text).toContain('MEUNIER Léa');
    expect(text).toContain('MAIN DROITE · Annulaire (D4) · IPP');
    expect(text).toContain('ALERTES : Allergie latex');
    // Reading the cards is reading the files: each is traced.
    const log = await value<{ action: string }[]>(admin.call('patientFile.accessLog', { patientId: lea }));
    expect(log.map((entry) => entry.action)).toContain('theatre.day');
  });

  it('refuses a case without side or digit or zone, 100,000-character notes, and lets theatre staff read but not plan', async () => {
    const patientId = await newPatient();
    const { id: sessionId } = await newSession('1');
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
    expect(await theo.call('patients.update', { id: patientId, version: 1, ...withoutConfirmation })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('statuses and the HAS checklist', () => {
  async function planned() {
    const patientId = await newPatient();
    const { id: sessionId } = await newSession('1');
    const first = await value<{ id: number }>(admin.call('theatre.addCase', theCase(sessionId, patientId)));
    const second = await value<{ id: number }>(
      admin.call('theatre.addCase', theCase(sessionId, patientId, { digits: ['D2'] })),
    );
    return { first: first.id, second: second.id };
  }
  type Items = {
    moments: { items: { id: string; teamDecisionIfNo: boolean; answer: unknown }[] }[];
    complete: boolean;
    source: string;
  };

  it('walks the three moments, records who and when, and locks the checklist when complete', async () => {
    const { first } = await planned();
    const checklist = await value<Items>(admin.call('theatre.checklist', { caseId: first }));
    expect(checklist.source).toMatch(/HAS/);
    expect(checklist.moments).toHaveLength(3);
    await walkTo(first, 'end');
    await answerMoment(first, 'before-leaving');
    const done = await value<Items>(admin.call('theatre.checklist', { caseId: first }));
    expect(done.complete).toBe(true);
    // Complete, it is filed with the patient as a PDF document.
    const file = await value<{ documents: { fileName: string; mime: string }[] }>(
      admin.call('patientFile.open', {
        id: (await value<TheatreSession[]>(admin.call('theatre.day', { date: '2026-11-26' })))[0]?.cases[0]?.card
          .patientId,
      }),
    );
    expect(file.documents).toContainEqual(
      expect.objectContaining({ fileName: `check-list-bloc-intervention-${first}.pdf`, mime: 'application/pdf' }),
    );
    expect(
      await admin.call('theatre.answerChecklist', {
        caseId: first,
        itemId: 'identity',
        answer: 'no',
        decision: 'go',
        reason: 'erreur',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('asks Go or No-Go on a « non », and a No-Go postpones the case with its reason', async () => {
    const { second } = await planned();
    await walkTo(second, 'induction');
    expect(
      await admin.call('theatre.answerChecklist', { caseId: second, itemId: 'hand-site', answer: 'no', reason: '' }),
    ).toMatchObject({
      ok: false,
      error: { fields: { decision: expect.any(String) } },
    });
    await value(
      admin.call('theatre.answerChecklist', {
        caseId: second,
        itemId: 'hand-site',
        answer: 'no',
        decision: 'nogo',
        nogoOutcome: 'postponed',
        reason: 'Marquage sur l’index, consentement pour le majeur',
      }),
    );
    const [session] = await value<TheatreSession[]>(admin.call('theatre.day', { date: '2026-11-26' }));
    expect(session?.cases.find((c) => c.id === second)).toMatchObject({
      status: 'postponed',
      statusReason: expect.stringMatching(/Marquage/),
    });
  });

  it('moves statuses forward only, each with its time, and refuses an impossible order', async () => {
    const { first } = await planned();
    await walkTo(first, 'incision');
    expect(await admin.call('theatre.setStatus', { caseId: first, status: 'induction', reason: '' })).toMatchObject({
      ok: false,
      error: { fields: { status: 'ordre impossible' } },
    });
    expect(
      await admin.call('theatre.setStatus', { caseId: first, status: 'cancelled', reason: 'trop tard' }),
    ).toMatchObject({ ok: false, error: { fields: { status: 'trop tard' } } });
    const [session] = await value<TheatreSession[]>(admin.call('theatre.day', { date: '2026-11-26' }));
    expect(Object.keys(session?.cases[0]?.statusTimes ?? {})).toEqual(['called', 'in_room', 'induction', 'incision']);
  });

  it('keeps the first answer when two seats answer one item at once', async () => {
    const { first } = await planned();
    await walkTo(first, 'in_room');
    const other = caller(opened.core, 'autre poste');
    await other.call('auth.login', { login: FIRST_ADMIN.login, password: FIRST_ADMIN.password });
    const [a, b] = await Promise.all([
      admin.call('theatre.answerChecklist', { caseId: first, itemId: 'identity', answer: 'yes', reason: '' }),
      other.call('theatre.answerChecklist', {
        caseId: first,
        itemId: 'identity',
        answer: 'no',
        decision: 'go',
        reason: 'vu autrement',
      }),
    ]);
    const outcomes = [a, b].map((result) => result.ok);
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    const refused = [a, b].find((result) => !result.ok) as { error: { message: string } };
    expect(refused.error.message).toMatch(/Déjà répondu « (oui|non) » par Dr Alice Martin/);
  });
});

describe('the checklist gates the day’s flow (issue 22)', () => {
  async function plannedCase(): Promise<{ caseId: number; patientId: number }> {
    const patientId = await newPatient();
    const { id: sessionId } = await newSession('4');
    const { id } = await value<{ id: number }>(admin.call('theatre.addCase', theCase(sessionId, patientId)));
    return { caseId: id, patientId };
  }
  const caseNow = async (caseId: number) =>
    (await value<TheatreSession[]>(admin.call('theatre.day', { date: '2026-11-26' })))
      .flatMap((session) => session.cases)
      .find((one) => one.id === caseId);

  it('refuses « Incision » straight from « prévu », and each status before its moment is complete', async () => {
    const { caseId } = await plannedCase();
    expect(await admin.call('theatre.setStatus', { caseId, status: 'incision', reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { status: 'check-list incomplète' } },
    });
    await value(admin.call('theatre.setStatus', { caseId, status: 'called', reason: '' }));
    await value(admin.call('theatre.setStatus', { caseId, status: 'in_room', reason: '' }));
    const refused = await admin.call('theatre.setStatus', { caseId, status: 'induction', reason: '' });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Avant induction.*7 points/) },
    });
    expect((await caseNow(caseId))?.nextBlockers).toEqual([expect.stringMatching(/Avant induction/)]);
    await answerMoment(caseId, 'before-induction');
    expect((await caseNow(caseId))?.nextBlockers).toEqual([]);
    await value(admin.call('theatre.setStatus', { caseId, status: 'induction', reason: '' }));
    // Time-out all « oui » but the site: a « non » decided Go still leaves the site unconfirmed.
    for (const itemId of ['final-check', 'team-briefing', 'antibiotics'])
      await value(admin.call('theatre.answerChecklist', { caseId, itemId, answer: 'yes', reason: '' }));
    await value(
      admin.call('theatre.answerChecklist', {
        caseId,
        itemId: 'hand-site',
        answer: 'no',
        decision: 'go',
        reason: 'marquage effacé, refait',
      }),
    );
    expect(await admin.call('theatre.setStatus', { caseId, status: 'incision', reason: '' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/site opératoire .* non confirmé/) },
    });
    expect((await caseNow(caseId))?.status).toBe('induction');
  });

  it('lets a status be forced only with a reason, traced and shown on the case', async () => {
    const { caseId, patientId } = await plannedCase();
    await walkTo(caseId, 'in_room');
    expect(
      await admin.call('theatre.setStatus', { caseId, status: 'induction', reason: '', force: true }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { reason: expect.any(String) } } });
    await value(
      admin.call('theatre.setStatus', {
        caseId,
        status: 'induction',
        reason: 'Urgence vitale : hémorragie',
        force: true,
      }),
    );
    const forcedCase = await caseNow(caseId);
    expect(forcedCase?.status).toBe('induction');
    expect(forcedCase?.forcedSteps).toEqual([
      expect.objectContaining({
        status: 'induction',
        reason: 'Urgence vitale : hémorragie',
        by: 'Dr Alice Martin',
        missing: [expect.stringMatching(/Avant induction/)],
      }),
    ]);
    const log = await value<{ action: string; detail: string }[]>(admin.call('patientFile.accessLog', { patientId }));
    expect(log.map((entry) => entry.detail).join('\n')).toMatch(/induction FORCÉ malgré la check-list .*hémorragie/);
  });

  it('opens each moment at its status: no final count before the incision, nothing on a postponed case', async () => {
    const { caseId } = await plannedCase();
    const closed = await value<Moments>(admin.call('theatre.checklist', { caseId }));
    expect(closed.moments.map((moment) => moment.open)).toEqual([false, false, false]);
    expect(
      await admin.call('theatre.answerChecklist', { caseId, itemId: 'recorded', answer: 'yes', reason: '' }),
    ).toMatchObject({ ok: false, error: { fields: { itemId: 'temps pas encore ouvert' } } });
    expect(
      await admin.call('theatre.answerChecklist', { caseId, itemId: 'identity', answer: 'yes', reason: '' }),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/s’ouvre quand le patient est « en salle »/) },
    });
    await walkTo(caseId, 'incision');
    const during = await value<Moments>(admin.call('theatre.checklist', { caseId }));
    expect(during.moments.map((moment) => moment.open)).toEqual([true, true, false]);
    await value(admin.call('theatre.setStatus', { caseId, status: 'end', reason: '' }));
    expect(await admin.call('theatre.setStatus', { caseId, status: 'recovery', reason: '' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Après intervention/) },
    });
    await answerMoment(caseId, 'before-leaving');
    await value(admin.call('theatre.setStatus', { caseId, status: 'recovery', reason: '' }));
  });
});

describe('the operative report', () => {
  it('opens pre-filled from the case (procedure, site, anaesthesia, team, times) on a visit of the patient, once', async () => {
    const patientId = await newPatient();
    const { id: sessionId } = await newSession('3', { anaesthetist: 'Dr Roux', scrubNurse: 'Sophie' });
    const { id: caseId } = await value<{ id: number }>(admin.call('theatre.addCase', theCase(sessionId, patientId)));
    await walkTo(caseId, 'end');
    const opened1 = await value<{ visitId: number; kind: string }>(admin.call('theatre.operativeReport', { caseId }));
    expect(opened1.kind).toBe('operative-report');
    const draft = await value<{ sections: Record<string, string>; savedDraft: unknown }>(
      admin.call('letters.draft', { visitId: opened1.visitId, kind: 'operative-report' }),
    );
    expect(draft.sections.indication).toBe(
      'Ténolyse du fléchisseur, main droite, annulaire (D4), IPP (interphalangienne proximale).',
    );
    expect(draft.sections.anaesthesia).toBe('WALANT (réveillé).');
    expect(draft.sections.procedure).toMatch(
      /^Salle 3 ; équipe : anesthésiste Dr Roux, IBODE Sophie\. Entrée en salle \d\d h \d\d, incision \d\d h \d\d, fin \d\d h \d\d\.$/,
    );
    // Reopening keeps what was dictated since.
    await value(
      admin.call('letters.saveDraft', {
        visitId: opened1.visitId,
        kind: 'operative-report',
        sections: { ...draft.sections, postop: 'Attelle 3 semaines.' },
      }),
    );
    const opened2 = await value<{ visitId: number }>(admin.call('theatre.operativeReport', { caseId }));
    expect(opened2.visitId).toBe(opened1.visitId);
    expect(
      await value(admin.call('letters.draft', { visitId: opened1.visitId, kind: 'operative-report' })),
    ).toMatchObject({ sections: { postop: 'Attelle 3 semaines.' } });
  });
});

describe('music and roles over HTTP', () => {
  it('finds the chosen music in the practice’s folder, or says there is none', async () => {
    const patientId = await newPatient();
    const { id: sessionId } = await newSession('1');
    const { id: caseId } = await value<{ id: number }>(admin.call('theatre.addCase', theCase(sessionId, patientId)));
    expect(await value(admin.call('theatre.music', { caseId }))).toBeNull();
    await admin.call('preferences.set', {
      patientId,
      version: 0,
      value: { item: 'music', choice: 'music', style: 'jazz', artist: 'Nina Simone', playlist: '' },
    });
    const folder = join(opened.file, '..', 'musique');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'Nina Simone - Feeling Good.mp3'), Buffer.from('ID3 fausse musique'));
    expect(await value(admin.call('theatre.music', { caseId }))).toMatchObject({
      fileName: 'Nina Simone - Feeling Good.mp3',
      mime: 'audio/mpeg',
    });
  });

  it('refuses a theatre account the identity-editing methods, through the HTTP API', async () => {
    const http = await import('../helpers/http.js');
    const patientId = await newPatient();
    await admin.call('users.create', {
      login: 'theo',
      displayName: 'Théo',
      password: 'bloc-operatoire-1',
      roles: ['theatre'],
      practitionerId: null,
    });
    const server = await http.startTestServer(opened.core);
    const theo = http.httpClient(server);
    await theo.post('auth.login', { login: 'theo', password: 'bloc-operatoire-1' });
    const { confirmNotDuplicate: _confirm, ...fields } = patientInput();
    expect((await theo.post('patients.update', { id: patientId, version: 1, ...fields })).status).toBe(403);
    expect(
      (await theo.post('patients.changeIdentityStatus', { id: patientId, status: 'provisional', reason: 'essai' }))
        .status,
    ).toBe(403);
    expect((await theo.post('patients.create', { ...patientInput(), confirmNotDuplicate: true })).status).toBe(403);
    expect((await theo.post('theatre.day', { date: '2026-11-26' })).status).toBe(200);
    await server.close();
  });
});
