import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../electron/server/http-server.js';
import { httpClient, startTestServer } from '../helpers/http.js';
import { patientInput } from '../helpers/patients.js';
import { FIRST_ADMIN, openTempCore, RPPS } from '../helpers/temp-core.js';

/**
 * Nothing lost on a concurrent edit (issue 14): two people on two seats edit one patient over the
 * HTTP API. The second save, based on the version both read, is refused with who saved, when, and
 * the saved version; nothing of it is written; saved again on the new version, it goes through.
 */
let opened: Awaited<ReturnType<typeof openTempCore>>;
let server: RunningServer;
let alice: ReturnType<typeof httpClient>;
let nathalie: ReturnType<typeof httpClient>;
let patientId: number;
const { confirmNotDuplicate: _confirm, ...fields } = patientInput();

interface FileAnswer {
  version: number;
  updatedByName: string | null;
  fields: { city: string; phoneMobile: string };
}
const read = async (client: ReturnType<typeof httpClient>) =>
  (await client.post('patientFile.open', { id: patientId })).body.value as FileAnswer;

beforeAll(async () => {
  opened = await openTempCore();
  server = await startTestServer(opened.core);
  alice = httpClient(server);
  nathalie = httpClient(server);
  expect((await alice.post('setup.initialize', FIRST_ADMIN)).status).toBe(200);
  await alice.post('auth.login', { login: FIRST_ADMIN.login, password: FIRST_ADMIN.password });
  await alice.post('users.create', {
    login: 'nathalie',
    displayName: 'Nathalie Roux',
    password: 'secretariat-1',
    roles: ['secretary'],
    practitionerId: null,
  });
  await nathalie.post('auth.login', { login: 'nathalie', password: 'secretariat-1' });
  patientId = (
    (await alice.post('patients.create', { ...fields, confirmNotDuplicate: true })).body.value as { id: number }
  ).id;
});
afterAll(async () => {
  await server.close();
  opened.dispose();
});

describe('two seats editing one patient', () => {
  it('refuses the save based on an old version, with both versions, and writes nothing', async () => {
    const seen = await read(nathalie);
    expect((await read(alice)).version).toBe(seen.version);

    const first = await alice.post('patients.update', {
      id: patientId,
      version: seen.version,
      ...fields,
      city: 'Aubusson',
    });
    expect(first.status).toBe(200);
    const second = await nathalie.post('patients.update', {
      id: patientId,
      version: seen.version,
      ...fields,
      phoneMobile: '06 99 88 77 66',
    });
    expect(second.status).toBe(409);
    const error = second.body.error as {
      code: string;
      message: string;
      fields: Record<string, string>;
      conflict: { by: string; at: string; version: number; current: { city: string } };
    };
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/^Ce dossier a été modifié par Dr Alice Martin à \d{2} h \d{2} pendant votre saisie/);
    expect(error.fields).toHaveProperty('version');
    expect(error.conflict).toMatchObject({
      by: 'Dr Alice Martin',
      version: seen.version + 1,
      current: { city: 'Aubusson' },
    });

    const after = await read(nathalie);
    expect(after.fields).toMatchObject({ city: 'Aubusson', phoneMobile: fields.phoneMobile });
    expect(after.updatedByName).toBe('Dr Alice Martin');

    // Knowing both, she keeps her phone number on top of the newer version: both changes are there.
    const again = await nathalie.post('patients.update', {
      id: patientId,
      version: error.conflict.version,
      ...fields,
      city: 'Aubusson',
      phoneMobile: '06 99 88 77 66',
    });
    expect(again.status).toBe(200);
    expect((await read(alice)).fields).toMatchObject({ city: 'Aubusson', phoneMobile: '06 99 88 77 66' });
  });

  it('counts a change of INS status as a new version too', async () => {
    const seen = await read(alice);
    expect(
      (
        await nathalie.post('patients.changeIdentityStatus', {
          id: patientId,
          status: 'validated',
          reason: 'carte d’identité vue au guichet',
          idDocument: 'cni',
        })
      ).status,
    ).toBe(200);
    const stale = await alice.post('patients.update', {
      id: patientId,
      version: seen.version,
      ...fields,
      city: 'Guéret',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.message).toMatch(/modifié par Nathalie Roux/);
  });

  it('refuses an edit that does not say which version it is based on, naming the field', async () => {
    const missing = await alice.post('patients.update', { id: patientId, ...fields });
    expect(missing.status).toBe(400);
    expect(missing.body.error?.fields).toHaveProperty('version');
  });
});

describe('the other records a person edits carry a version too', () => {
  it('a preference: a second first entry, or a save on an old version, is refused with the saved one', async () => {
    const music = { item: 'music', choice: 'music', style: 'jazz', artist: 'Barbara', playlist: '' };
    expect((await alice.post('preferences.set', { patientId, version: 0, value: music })).status).toBe(200);
    // Nathalie had the form open before Alice's first entry: her « first entry » is refused.
    const late = await nathalie.post('preferences.set', {
      patientId,
      version: 0,
      value: { ...music, artist: 'Brel' },
    });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/^Cette préférence a été modifiée? par Dr Alice Martin/),
      conflict: { by: 'Dr Alice Martin', version: 1, current: { artist: 'Barbara' } },
    });
    // On the version she now has, her change goes through.
    expect(
      (await nathalie.post('preferences.set', { patientId, version: 1, value: { ...music, artist: 'Brel' } })).status,
    ).toBe(200);
    const stale = await alice.post('preferences.set', { patientId, version: 1, value: { ...music, artist: 'Piaf' } });
    expect(stale.body.error).toMatchObject({
      conflict: { by: 'Nathalie Roux', version: 2, current: { artist: 'Brel' } },
    });
  });

  it('a consultation, a practitioner and the practice: a save on an old version writes nothing', async () => {
    const visit = (
      await alice.post('visits.create', {
        patientId,
        date: '2026-11-20',
        practitionerId: null,
        kind: 'emergency',
        notes: '',
        diagnosis: 'Plaie du pouce',
        side: 'right',
        digits: ['D1'],
      })
    ).body.value as { id: number; version: number };
    expect(visit.version).toBe(1);
    const {
      id: visitId,
      version: _version,
      patientId: _patientId,
      practitionerName: _name,
      ...visitFields
    } = visit as unknown as Record<string, unknown>;
    const edit = (client: ReturnType<typeof httpClient>, diagnosis: string, version: number) =>
      client.post('visits.update', { ...visitFields, id: visitId, version, diagnosis });
    const firstEdit = await edit(alice, 'Plaie du pouce, tendon sain', 1);
    expect(firstEdit.body).toMatchObject({ ok: true, value: { version: 2 } });
    const staleVisit = await edit(alice, 'autre chose', 1);
    expect(staleVisit.status).toBe(409);
    expect(staleVisit.body.error).toMatchObject({
      conflict: { version: 2, current: { diagnosis: 'Plaie du pouce, tendon sain' } },
    });

    const practice = (await alice.post('practice.get', {})).body.value as Record<string, unknown> & { version: number };
    expect((await alice.post('practice.update', { ...practice, city: 'Guéret' })).status).toBe(200);
    const stalePractice = await alice.post('practice.update', { ...practice, city: 'Aubusson' });
    expect(stalePractice.body.error).toMatchObject({
      code: 'CONFLICT',
      conflict: { by: 'Dr Alice Martin', current: { city: 'Guéret' } },
    });
    expect(((await alice.post('practice.get', {})).body.value as { city: string }).city).toBe('Guéret');

    const surgeon = (
      await alice.post('practice.addPractitioner', {
        kind: 'surgeon',
        title: 'Dr',
        firstName: 'Claire',
        lastName: 'Fontaine',
        rpps: RPPS.a,
        specialty: '',
        signature: '',
      })
    ).body.value as Record<string, unknown> & { version: number };
    expect((await alice.post('practice.updatePractitioner', { ...surgeon, specialty: 'Main' })).status).toBe(200);
    expect(
      (await alice.post('practice.updatePractitioner', { ...surgeon, specialty: 'Pied' })).body.error,
    ).toMatchObject({
      code: 'CONFLICT',
      conflict: { current: { specialty: 'Main' } },
    });
  });
});

describe('accounts carry a version', () => {
  it('two administrators changing one account: the second save is refused with the first one’s', async () => {
    const users = (await alice.post('users.list', {})).body.value as (Record<string, unknown> & { login: string })[];
    const account = users.find((user) => user.login === 'nathalie') as Record<string, unknown>;
    const { login: _login, ...editable } = account;
    expect((await alice.post('users.update', { ...editable, displayName: 'Nathalie Roux-Martin' })).status).toBe(200);
    const stale = await alice.post('users.update', { ...editable, displayName: 'N. Roux' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/^Ce compte a été modifié par Dr Alice Martin/),
      conflict: { current: { displayName: 'Nathalie Roux-Martin' } },
    });
  });
});

describe('motifs carry a version', () => {
  it('a motif changed on two seats: the second change is refused, a new one needs none', async () => {
    const practitioners = (await alice.post('practice.listPractitioners', {})).body.value as { id: number }[];
    const practitionerIds = [practitioners[0]?.id ?? 0];
    const created = (await alice.post('agenda.saveMotif', { label: 'Contrôle', durationMinutes: 15, practitionerIds }))
      .body.value as { id: number };
    const base = { id: created.id, label: 'Contrôle', practitionerIds, version: 1 };
    expect((await alice.post('agenda.saveMotif', { ...base, durationMinutes: 20 })).status).toBe(200);
    const stale = await alice.post('agenda.saveMotif', { ...base, durationMinutes: 30 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ conflict: { version: 2, current: { durationMinutes: 20 } } });
  });
});
