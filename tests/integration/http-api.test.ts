import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../electron/api/common/contract.js';
import type { RunningServer } from '../../electron/server/http-server.js';
import { httpClient, startTestServer } from '../helpers/http.js';
import { dataSnapshot, FIRST_ADMIN, openTempCore, RPPS } from '../helpers/temp-core.js';

let opened: Awaited<ReturnType<typeof openTempCore>>;
let server: RunningServer;
const admin = () => adminClient;
let adminClient: ReturnType<typeof httpClient>;
let secretary: ReturnType<typeof httpClient>;

beforeAll(async () => {
  opened = await openTempCore();
  server = await startTestServer(opened.core);
  adminClient = httpClient(server);
  expect((await adminClient.post('setup.initialize', FIRST_ADMIN)).status).toBe(200);
  expect(
    (
      await adminClient.post('users.create', {
        login: 'nathalie',
        displayName: 'Nathalie Roux',
        password: 'secretariat-1',
        roles: ['secretary'],
        practitionerId: null,
      })
    ).status,
  ).toBe(200);
  secretary = httpClient(server);
  expect((await secretary.post('auth.login', { login: 'nathalie', password: 'secretariat-1' })).status).toBe(200);
});
afterAll(async () => {
  await server.close();
  opened.dispose();
});

/** Sends a raw request with exactly these headers (fetch would not let us forge Host). */
function rawPost(
  path: string,
  headers: Record<string, string>,
  body: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method: 'POST', headers }, (res) => {
      let data = '';
      res.on('data', (chunk: Buffer) => (data += chunk.toString()));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: data });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('HTTP transport', () => {
  it('answers health and publishes an OpenAPI document of every method with its roles', async () => {
    const health = await fetch(`${server.url}/api/health`);
    expect(await health.json()).toEqual({ ok: true, value: { status: 'ok', version: 'test' } });
    const openapi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, { post: Record<string, unknown> }>;
    };
    expect(Object.keys(openapi.paths).sort()).toEqual(
      Object.keys(contract)
        .map((name) => `/api/${name}`)
        .sort(),
    );
    expect(openapi.paths['/api/practice.update']?.post['x-paume-roles']).toEqual(['admin']);
    const practitionerInput = openapi.paths['/api/practice.addPractitioner']?.post.requestBody as {
      content: { 'application/json': { schema: { required: string[] } } };
    };
    expect(practitionerInput.content['application/json'].schema.required).toContain('rpps');
  });

  it('keeps the session in an HttpOnly SameSite=Strict cookie, never in the body', async () => {
    const client = httpClient(server);
    const answer = await client.post('auth.login', { login: 'alice', password: FIRST_ADMIN.password });
    expect(answer.setCookie).toMatch(/^paume_session=[\w-]+; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(JSON.stringify(answer.body)).not.toContain(answer.setCookie?.split(';')[0]?.split('=')[1]);
  });

  it('gives a bearer token to an integration that asks for one', async () => {
    const login = await httpClient(server).post('auth.login', {
      login: 'alice',
      password: FIRST_ADMIN.password,
      wantsBearerToken: true,
    });
    const token = (login.body.value as { bearerToken: string }).bearerToken;
    const withBearer = await fetch(`${server.url}/api/practice.get`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(await withBearer.json()).toMatchObject({ ok: true, value: { name: 'SOS Main Test' } });
  });

  it('refuses requests whose Host or Origin is not this server (DNS rebinding, CSRF)', async () => {
    const port = new URL(server.url).port;
    const forgedHost = await rawPost(
      '/api/setup.status',
      { host: `attacker.example:${port}`, 'content-type': 'application/json' },
      '{}',
    );
    expect(forgedHost.status).toBe(403);
    expect(JSON.parse(forgedHost.body)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('Hôte refusé') },
    });
    const foreignOrigin = await admin().post('practice.get', {}, { origin: 'https://attacker.example' });
    expect(foreignOrigin).toMatchObject({
      status: 403,
      body: { error: { message: expect.stringContaining('Origine refusée') } },
    });
    const ownOrigin = await admin().post('practice.get', {}, { origin: server.url });
    expect(ownOrigin.status).toBe(200);
  });

  it('refuses an admin-only method to a secretary, on the server, and changes nothing', async () => {
    const before = dataSnapshot(opened.core);
    const answer = await secretary.post('practice.update', {
      version: 1,
      name: 'Piraté',
      addressLine: '',
      postalCode: '',
      city: '',
      phone: '',
      email: '',
      finess: '',
      lockAfterMinutes: 10,
      holidayRegion: 'metropole',
      agendaGridMinutes: 5,
    });
    expect(answer).toMatchObject({
      status: 403,
      body: {
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: 'Votre rôle ne permet pas cette action : modifier les informations du cabinet.',
        },
      },
    });
    expect((await secretary.post('users.list', {})).status).toBe(403);
    expect((await secretary.post('practice.get', {})).status).toBe(200);
    expect(dataSnapshot(opened.core)).toBe(before);
    const refusal = opened.core.services.audit.list(null, 5).find((entry) => entry.action === 'practice.update');
    expect(refusal).toMatchObject({ outcome: 'refused', userName: 'Nathalie Roux' });
  });

  it('streams events to a logged-in page', async () => {
    const controller = new AbortController();
    const login = await httpClient(server).post('auth.login', { login: 'alice', password: FIRST_ADMIN.password });
    const stream = await fetch(`${server.url}/api/events`, {
      headers: { cookie: login.setCookie?.split(';')[0] ?? '' },
      signal: controller.signal,
    });
    expect(stream.headers.get('content-type')).toBe('text/event-stream');
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    const practice = (await admin().post('practice.get', {})).body.value as Record<string, unknown>;
    await admin().post('practice.update', { ...practice, city: 'Guéret' });
    let received = '';
    while (!received.includes('Guéret')) received += new TextDecoder().decode((await reader.read()).value);
    expect(received).toContain('event: practice.changed');
    controller.abort();
    expect((await fetch(`${server.url}/api/events`)).status).toBe(401);
  });
});

describe('bad input: a clear French message naming the field, and nothing half-written', () => {
  const validPractitioner = {
    kind: 'surgeon',
    title: 'Dr',
    firstName: 'Claire',
    lastName: 'Fontaine',
    rpps: RPPS.a,
    specialty: 'Main',
    signature: 'Dr Claire Fontaine',
  };
  const cases: {
    name: string;
    method: string;
    body: unknown;
    status: number;
    code: string;
    expectMessage: RegExp;
    field?: string;
  }[] = [
    {
      name: 'wrong type',
      method: 'practice.addPractitioner',
      body: { ...validPractitioner, firstName: 42 },
      status: 400,
      code: 'INVALID_INPUT',
      expectMessage: /Prénom : doit être un texte/,
      field: 'firstName',
    },
    {
      name: 'missing field',
      method: 'practice.addPractitioner',
      body: { ...validPractitioner, lastName: undefined },
      status: 400,
      code: 'INVALID_INPUT',
      expectMessage: /Nom : champ obligatoire/,
      field: 'lastName',
    },
    {
      name: '100,000-character string',
      method: 'practice.addPractitioner',
      body: { ...validPractitioner, signature: 'x'.repeat(100_000) },
      status: 400,
      code: 'INVALID_INPUT',
      expectMessage: /Ligne de signature : trop long \(100\s000 caractères, 500 au maximum\)/,
      field: 'signature',
    },
    {
      name: 'RPPS of the wrong length',
      method: 'practice.addPractitioner',
      body: { ...validPractitioner, rpps: '1234' },
      status: 400,
      code: 'INVALID_INPUT',
      expectMessage: /Numéro RPPS : le numéro RPPS compte 11 chiffres/,
      field: 'rpps',
    },
    {
      name: 'RPPS with a wrong key',
      method: 'practice.addPractitioner',
      body: { ...validPractitioner, rpps: '10002345670' },
      status: 400,
      code: 'INVALID_INPUT',
      expectMessage: /clé de contrôle incorrecte/,
      field: 'rpps',
    },
    {
      name: 'unknown field',
      method: 'practice.addPractitioner',
      body: { ...validPractitioner, isAdmin: true },
      status: 400,
      code: 'INVALID_INPUT',
      expectMessage: /champ inconnu « isAdmin »/,
      field: 'isAdmin',
    },
    {
      name: 'invalid FINESS and postal code',
      method: 'practice.update',
      body: {
        version: 1,
        name: 'X',
        addressLine: '',
        postalCode: '123',
        city: '',
        phone: '',
        email: 'pas-un-mail',
        finess: '12',
        lockAfterMinutes: 0,
      },
      status: 400,
      code: 'INVALID_INPUT',
      expectMessage: /Code postal : le code postal compte 5 chiffres.*E-mail.*Numéro FINESS.*Verrouillage/,
      field: 'finess',
    },
    {
      name: 'unknown method',
      method: 'patients.drop',
      body: {},
      status: 404,
      code: 'UNKNOWN_METHOD',
      expectMessage: /Méthode inconnue : « patients\.drop »/,
    },
    {
      name: 'malformed JSON',
      method: 'practice.addPractitioner',
      body: '{"firstName": "Cl',
      status: 400,
      code: 'INVALID_JSON',
      expectMessage: /n’est pas un JSON valide/,
    },
    {
      name: 'a JSON array instead of an object',
      method: 'practice.addPractitioner',
      body: [1, 2],
      status: 400,
      code: 'INVALID_INPUT',
      expectMessage: /Saisie refusée/,
    },
  ];

  for (const testCase of cases) {
    it(testCase.name, async () => {
      const before = dataSnapshot(opened.core);
      const answer = await admin().post(testCase.method, testCase.body);
      expect(answer.status).toBe(testCase.status);
      expect(answer.body.ok).toBe(false);
      expect(answer.body.error?.code).toBe(testCase.code);
      expect(answer.body.error?.message).toMatch(testCase.expectMessage);
      if (testCase.field) expect(answer.body.error?.fields?.[testCase.field]).toBeTruthy();
      expect(dataSnapshot(opened.core)).toBe(before);
    });
  }

  it('no session', async () => {
    const before = dataSnapshot(opened.core);
    const answer = await httpClient(server).post('practice.addPractitioner', validPractitioner);
    expect(answer).toMatchObject({
      status: 401,
      body: { ok: false, error: { code: 'UNAUTHENTICATED', message: expect.stringMatching(/pas connecté/) } },
    });
    expect(dataSnapshot(opened.core)).toBe(before);
  });

  it('a body over the size limit', async () => {
    const answer = await admin().post('practice.addPractitioner', {
      ...validPractitioner,
      signature: 'x'.repeat(30_000_000),
    });
    expect(answer).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE' } } });
  });

  it('a duplicate RPPS is refused with the colleague it belongs to', async () => {
    expect((await admin().post('practice.addPractitioner', validPractitioner)).status).toBe(200);
    const before = dataSnapshot(opened.core);
    const duplicate = await admin().post('practice.addPractitioner', { ...validPractitioner, firstName: 'Autre' });
    expect(duplicate).toMatchObject({
      status: 409,
      body: { error: { code: 'CONFLICT', fields: { rpps: 'Ce numéro RPPS est déjà celui de Dr Claire Fontaine.' } } },
    });
    expect(dataSnapshot(opened.core)).toBe(before);
  });
});

describe('stopping the server', () => {
  it('ends open event streams instead of waiting for them forever', async () => {
    const own = await openTempCore();
    const running = await startTestServer(own.core);
    const client = httpClient(running);
    const login = await client.post('setup.initialize', FIRST_ADMIN);
    const stream = await fetch(`${running.url}/api/events`, {
      headers: { cookie: login.setCookie?.split(';')[0] ?? '' },
    });
    expect(stream.status).toBe(200);
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    await running.close();
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(done).toBe(true);
    own.dispose();
  });
});
