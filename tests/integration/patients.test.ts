import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caller, dataSnapshot, FIRST_ADMIN, openTempCore } from '../helpers/temp-core.js';
import { patientInput, withNirKey } from '../helpers/patients.js';

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

async function create(overrides: Parameters<typeof patientInput>[0] = {}, confirm = false): Promise<number> {
  const result = await admin.call('patients.create', { ...patientInput(overrides), confirmNotDuplicate: confirm });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { id: number }).id;
}
async function search(query: string): Promise<string[]> {
  const result = await admin.call('patients.search', { query });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { birthName: string }[]).map((patient) => patient.birthName);
}

describe('search as you type', () => {
  beforeEach(async () => {
    await create();
    await create({
      birthName: 'Saint-Martin',
      firstNames: 'Paul',
      birthDate: '1975-07-01',
      sex: 'M',
      phoneMobile: '+33 7 88 99 00 11',
      usedFirstName: '',
    });
    await create({
      birthName: 'Dupont',
      usedName: 'Lefebvre',
      firstNames: 'Anne',
      birthDate: '1990-01-20',
      phoneMobile: '',
      usedFirstName: '',
      nir: withNirKey('2900123096001'),
    });
  });

  it('ignores accents and case, and finds a name from its beginning', async () => {
    expect(await search('lefevre')).toEqual(['Lefèvre']);
    expect(await search('LEFÈV')).toEqual(['Lefèvre']);
    expect((await search('LEFÈ')).sort()).toEqual(['Dupont', 'Lefèvre']);
    expect(await search('l')).toEqual(expect.arrayContaining(['Lefèvre', 'Dupont']));
    expect(await search('efevre')).toEqual([]);
  });

  it('tolerates a missing hyphen or space', async () => {
    expect(await search('saint martin')).toEqual(['Saint-Martin']);
    expect(await search('saintmartin')).toEqual(['Saint-Martin']);
    expect(await search('Saint-Mar')).toEqual(['Saint-Martin']);
  });

  it('finds by used name, by first name with name, by birth date typed either way', async () => {
    expect(await search('lefebvre')).toEqual(['Dupont']);
    expect(await search('jeanne lef')).toEqual(['Lefèvre']);
    expect(await search('paul lef')).toEqual([]);
    expect(await search('12/03/1961')).toEqual(['Lefèvre']);
    expect(await search('12031961')).toEqual(['Lefèvre']);
  });

  it('finds by phone with any spacing, +33 or 0, and by NIR', async () => {
    expect(await search('0612345678')).toEqual(['Lefèvre']);
    expect(await search('06 12 34')).toEqual(['Lefèvre']);
    expect(await search('+33 6 12 34 56 78')).toEqual(['Lefèvre']);
    expect(await search('07.88.99')).toEqual(['Saint-Martin']);
    expect(await search('2 90 01 23')).toEqual(['Dupont']);
  });

  it('shows name, birth date, age, city and last visit', async () => {
    const id = (await admin.call('patients.search', { query: 'lefevre' })) as { ok: true; value: { id: number }[] };
    const patientId = id.value[0]?.id as number;
    await admin.call('visits.create', {
      patientId,
      date: '2026-11-20',
      practitionerId: null,
      kind: 'emergency',
      notes: '',
      diagnosis: 'Plaie D2',
      side: 'right',
      digits: ['D2'],
    });
    const result = await admin.call('patients.search', { query: 'lefevre' });
    expect(result).toMatchObject({
      ok: true,
      value: [{ birthName: 'Lefèvre', birthDate: '1961-03-12', age: 65, city: 'Guéret', lastVisit: '2026-11-20' }],
    });
  });
});

describe('identity vigilance', () => {
  it('checks the NIR key, the Corsican 2A/2B case, and its agreement with sex and birth date', async () => {
    const valid = withNirKey('2610323096001');
    expect(await admin.call('patients.create', patientInput({ nir: valid }))).toMatchObject({ ok: true });
    const corsica = withNirKey('175072A004005');
    expect(
      await admin.call(
        'patients.create',
        patientInput({ birthName: 'Casanova', sex: 'M', birthDate: '1975-07-01', nir: corsica }),
      ),
    ).toMatchObject({ ok: true });
    const before = dataSnapshot(opened.core);
    const wrongKey = `${valid.slice(0, 13)}${valid.slice(13) === '01' ? '02' : '01'}`;
    expect(await admin.call('patients.create', patientInput({ birthName: 'Autre', nir: wrongKey }))).toMatchObject({
      ok: false,
      error: { fields: { nir: 'NIR invalide : la clé de contrôle ne correspond pas' } },
    });
    expect(
      await admin.call(
        'patients.create',
        patientInput({ birthName: 'Autre', sex: 'M', nir: withNirKey('2610323096002') }),
      ),
    ).toMatchObject({ ok: false, error: { fields: { nir: 'le NIR ne correspond pas au sexe saisi' } } });
    expect(
      await admin.call('patients.create', patientInput({ birthName: 'Autre', nir: withNirKey('2620323096002') })),
    ).toMatchObject({ ok: false, error: { fields: { nir: 'le NIR ne correspond pas à l’année de naissance' } } });
    expect(await admin.call('patients.create', patientInput({ birthName: 'Autre', nir: valid }))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { nir: expect.stringMatching(/déjà attribué/) } },
    });
    expect(dataSnapshot(opened.core)).toBe(before);
  });

  it('refuses impossible and future birth dates, naming the field', async () => {
    const before = dataSnapshot(opened.core);
    expect(await admin.call('patients.create', patientInput({ birthDate: '1961-02-30' }))).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Date de naissance : date impossible/) },
    });
    expect(await admin.call('patients.create', patientInput({ birthDate: '2099-01-01' }))).toMatchObject({
      ok: false,
      error: { fields: { birthDate: 'date de naissance dans le futur' } },
    });
    expect(await admin.call('patients.create', patientInput({ birthName: 'x'.repeat(100_000) }))).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Nom de naissance : trop long \(100\s000 caractères, 100 au maximum\)/) },
    });
    expect(dataSnapshot(opened.core)).toBe(before);
  });

  it('shows possible duplicates before saving, and creates only when told it is another person', async () => {
    await create();
    const duplicates = await admin.call('patients.findDuplicates', {
      birthName: 'LEFEVRE',
      firstNames: 'Jeanne',
      birthDate: '1961-03-12',
    });
    expect(duplicates).toMatchObject({ ok: true, value: [{ birthName: 'Lefèvre' }] });
    expect(
      await admin.call('patients.findDuplicates', {
        birthName: 'Lefebvre',
        firstNames: 'Jeanne',
        birthDate: '1961-03-12',
      }),
    ).toMatchObject({ ok: true, value: [{ birthName: 'Lefèvre' }] });
    expect(
      await admin.call('patients.findDuplicates', {
        birthName: 'Martin',
        firstNames: 'Jeanne',
        birthDate: '1961-03-12',
      }),
    ).toEqual({ ok: true, value: [] });
    const refused = await admin.call('patients.create', patientInput({ birthName: 'Lefebvre' }));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { confirmNotDuplicate: expect.any(String) } },
    });
    expect(
      await admin.call('patients.create', { ...patientInput({ birthName: 'Lefebvre' }), confirmNotDuplicate: true }),
    ).toMatchObject({ ok: true });
  });

  it('changes the identity status only with a recorded reason', async () => {
    const id = await create();
    expect(await admin.call('patients.changeIdentityStatus', { id, status: 'validated', reason: '' })).toMatchObject({
      ok: false,
      error: { fields: { reason: expect.any(String) } },
    });
    expect(
      await admin.call('patients.changeIdentityStatus', {
        id,
        status: 'validated',
        reason: 'Carte d’identité vue au guichet',
        idDocument: 'cni',
      }),
    ).toMatchObject({ ok: true });
    const file = await admin.call('patientFile.open', { id });
    expect(file).toMatchObject({
      ok: true,
      value: {
        identityStatus: 'validated',
        identityHistory: [
          { from: 'provisional', to: 'validated', reason: 'Carte d’identité vue au guichet', by: 'Dr Alice Martin' },
        ],
      },
    });
  });

  it('follows the INS rules on the server: no « qualifiée » without the INS and an identity document (issue 10)', async () => {
    const id = await create();
    const change = (status: string, idDocument: string | null = null) =>
      admin.call('patients.changeIdentityStatus', { id, status, reason: 'Vu au guichet', idDocument });
    expect(await change('qualified', 'cni')).toMatchObject({
      ok: false,
      error: { fields: { status: 'INS (NIR) absent du dossier' } },
    });
    expect(await change('retrieved')).toMatchObject({
      ok: false,
      error: { fields: { status: 'INS (NIR) absent du dossier' } },
    });
    expect(await change('validated')).toMatchObject({
      ok: false,
      error: { fields: { idDocument: expect.any(String) } },
    });
    const withNir = await create({
      birthName: 'Durand',
      firstNames: 'Marc',
      sex: 'M',
      birthDate: '1961-03-12',
      nir: withNirKey('1610323096123'),
    });
    const changeNir = (status: string, idDocument: string | null = null) =>
      admin.call('patients.changeIdentityStatus', { id: withNir, status, reason: 'INSi interrogé', idDocument });
    expect(await changeNir('qualified')).toMatchObject({
      ok: false,
      error: { fields: { idDocument: expect.any(String) } },
    });
    expect(await changeNir('qualified', 'passeport')).toMatchObject({ ok: true });
    expect(await changeNir('provisional')).toMatchObject({ ok: true });
  });

  it('merges two files keeping everything from both, for an administrator only', async () => {
    const keep = await create();
    const merge = await create({ birthName: 'Lefevre', firstNames: 'Jeanne', phoneMobile: '0555000000' }, true);
    await admin.call('visits.create', {
      patientId: merge,
      date: '2026-10-01',
      practitionerId: null,
      kind: 'dressing',
      notes: 'pansement',
      diagnosis: '',
      side: null,
      digits: [],
    });
    await admin.call('alerts.add', { patientId: merge, kind: 'allergy', detail: 'pénicilline' });
    await admin.call('preferences.set', {
      patientId: merge,
      version: 0,
      value: { item: 'music', choice: 'music', style: 'jazz', artist: 'Django Reinhardt', playlist: '' },
    });
    const secretary = caller(opened.core);
    await admin.call('users.create', {
      login: 'nathalie',
      displayName: 'Nathalie',
      password: 'secretariat-1',
      roles: ['secretary'],
      practitionerId: null,
    });
    await secretary.call('auth.login', { login: 'nathalie', password: 'secretariat-1' });
    expect(
      await secretary.call('patients.merge', { keepId: keep, mergeId: merge, reason: 'même personne' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    expect(
      await admin.call('patients.merge', { keepId: keep, mergeId: merge, reason: 'même personne, nom sans accent' }),
    ).toMatchObject({ ok: true });
    const file = await admin.call('patientFile.open', { id: keep });
    expect(file).toMatchObject({
      ok: true,
      value: {
        visits: [{ notes: 'pansement' }],
        alerts: [{ detail: 'pénicilline' }],
        preferences: [{ value: { artist: 'Django Reinhardt' } }],
      },
    });
    expect(await admin.call('patientFile.open', { id: merge })).toMatchObject({
      ok: true,
      value: { mergedInto: keep },
    });
    expect(await search('0555000000')).toEqual([]);
    const merges = opened.core.db.prepare('SELECT kept_id, merged_id, reason FROM patient_merges').all();
    expect(merges).toEqual([{ kept_id: keep, merged_id: merge, reason: 'même personne, nom sans accent' }]);
  });
});

describe('the file and its trace', () => {
  it('computes the end of retention', async () => {
    const young = await create({ birthName: 'Enfant', birthDate: '2020-05-01' });
    await admin.call('visits.create', {
      patientId: young,
      date: '2026-11-01',
      practitionerId: null,
      kind: 'emergency',
      notes: '',
      diagnosis: 'Entorse',
      side: null,
      digits: [],
    });
    expect(await admin.call('patientFile.open', { id: young })).toMatchObject({
      ok: true,
      value: { retentionUntil: '2048-05-01' },
    });
    const adult = await create({ birthName: 'Adulte', birthDate: '1950-01-01' });
    await admin.call('visits.create', {
      patientId: adult,
      date: '2026-11-01',
      practitionerId: null,
      kind: 'emergency',
      notes: '',
      diagnosis: 'Entorse',
      side: null,
      digits: [],
    });
    expect(await admin.call('patientFile.open', { id: adult })).toMatchObject({
      ok: true,
      value: { retentionUntil: '2046-11-01' },
    });
  });

  it('records every read and change with who, seat and the previous value, in a log that only grows', async () => {
    const id = await create();
    await admin.call('patientFile.open', { id });
    const update = await admin.call('patients.update', {
      id,
      version: 1,
      ...patientInput({ city: 'Aubusson', postalCode: '23200' }),
      confirmNotDuplicate: undefined,
    });
    expect(update).toMatchObject({ ok: false, error: { fields: { confirmNotDuplicate: expect.any(String) } } });
    const { confirmNotDuplicate: _ignored, ...fields } = patientInput({ city: 'Aubusson', postalCode: '23200' });
    expect(await admin.call('patients.update', { id, version: 1, ...fields })).toMatchObject({ ok: true });
    const log = await admin.call('patientFile.accessLog', { patientId: id });
    if (!log.ok) throw new Error(log.error.message);
    const entries = log.value as {
      action: string;
      userName: string;
      seat: string;
      detail: string;
      previousValue: string | null;
    }[];
    expect(entries.map((entry) => entry.action)).toEqual(['patients.update', 'patientFile.open', 'patients.create']);
    expect(entries[0]).toMatchObject({
      userName: 'Dr Alice Martin',
      seat: 'test',
      detail: 'postalCode, city',
      previousValue: JSON.stringify({ postalCode: '23000', city: 'Guéret' }),
    });
    expect(() => opened.core.db.prepare('DELETE FROM audit_log WHERE patient_id = ?').run(id)).toThrow(/append-only/);
    const byUser = await admin.call('patientFile.accessLog', { userId: 1, from: '2000-01-01', to: '2100-01-01' });
    expect(byUser).toMatchObject({
      ok: true,
      value: expect.arrayContaining([expect.objectContaining({ patientId: id })]),
    });
  });

  it('finds the people born in a year from the year alone (issue 10)', async () => {
    await create();
    await create({ birthName: 'Martin', firstNames: 'Paul', birthDate: '1990-05-02', sex: 'M' });
    expect(await admin.call('patients.search', { query: '1961' })).toMatchObject({
      ok: true,
      value: [{ birthName: 'Lefèvre' }],
    });
    expect(await admin.call('patients.search', { query: '1990' })).toMatchObject({
      ok: true,
      value: [{ birthName: 'Martin' }],
    });
  });

  it('takes dates typed the French way in every date field, and refuses an empty visit (issue 10)', async () => {
    const id = await create({ birthDate: '12/03/1961' });
    const visit = (diagnosis: string, notes: string) =>
      admin.call('visits.create', {
        patientId: id,
        date: '25/11/2026',
        practitionerId: null,
        kind: 'emergency',
        notes,
        diagnosis,
        side: null,
        digits: [],
      });
    expect(await visit('', '  ')).toMatchObject({ ok: false, error: { fields: { diagnosis: expect.any(String) } } });
    expect(await visit('Entorse IPP D3', '')).toMatchObject({ ok: true, value: { date: '2026-11-25' } });
    expect(
      await admin.call('preferences.set', {
        patientId: id,
        version: 0,
        value: { item: 'anaesthesia', choice: 'walant', regionalBlock: '', discussedOn: '25112026' },
      }),
    ).toMatchObject({ ok: true });
  });

  it('refuses an unknown patient id with a clear message', async () => {
    expect(await admin.call('patientFile.open', { id: 999 })).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: 'Dossier patient introuvable (n° 999).',
        fields: { id: 'patient introuvable' },
      },
    });
    expect(await admin.call('alerts.add', { patientId: 999, kind: 'allergy', detail: 'x' })).toMatchObject({
      ok: false,
      error: { fields: { patientId: 'patient introuvable' } },
    });
  });
});
