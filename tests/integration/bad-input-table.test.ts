import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, type MethodName } from '../../electron/api/common/contract.js';
import { SWEEP_LIMITS, withoutControlCharacters } from '../../electron/lib/xml-safe-text.js';
import type { RunningServer } from '../../electron/server/http-server.js';
import { storedTexts, wholeDataSnapshot } from '../helpers/db-snapshot.js';
import { httpClient, startTestServer } from '../helpers/http.js';
import { FIRST_ADMIN, openTempCore } from '../helpers/temp-core.js';

/**
 * The bad-input table (issue 9): every method of the contract, read from the contract itself so
 * that a method added tomorrow is covered the day it lands, is sent inputs of the wrong shape,
 * of the wrong types field by field, 100,000-character texts and control characters. Each must be
 * refused with a French message (never a 500, never INTERNAL) and leave every table as it was.
 */
let opened: Awaited<ReturnType<typeof openTempCore>>;
let server: RunningServer;
let admin: ReturnType<typeof httpClient>;

beforeAll(async () => {
  opened = await openTempCore();
  server = await startTestServer(opened.core);
  admin = httpClient(server);
  expect((await admin.post('setup.initialize', FIRST_ADMIN)).status).toBe(200);
});
afterAll(async () => {
  await server.close();
  opened.dispose();
});

interface JsonSchema {
  type?: string | string[];
  required?: string[];
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

const CONTROL = '\u0000\u0007\u000b\u001b\u007f';
const MANY_VALUES = SWEEP_LIMITS.values + 1;
const MANY = JSON.stringify(new Array<number>(MANY_VALUES).fill(0));
/** Just over what a call may send without a live session (bounded-json.ts): a few fields. */
const OVER_OPEN_LIMIT = JSON.stringify({ zzz: 'x'.repeat(17 * 1024) });
const HUGE = `${CONTROL}${'x'.repeat(100_000)}`;

/** A value of another JSON type than the field takes. */
function wrongTypeFor(schema: JsonSchema): unknown {
  const types = [schema.type ?? (schema.anyOf ?? schema.oneOf ?? []).map((option) => option.type)].flat();
  if (types.includes('string')) return 42;
  if (types.includes('number') || types.includes('integer')) return 'douze';
  if (types.includes('boolean')) return 'oui';
  if (types.includes('array')) return { pas: 'une liste' };
  return [CONTROL];
}

function badInputsOf(method: MethodName): { name: string; body: unknown }[] {
  const schema = z.toJSONSchema(contract[method].input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const properties = Object.entries(schema.properties ?? {});
  const cases: { name: string; body: unknown }[] = [
    { name: 'a list instead of an object', body: [1, 2] },
    { name: 'a bare text', body: `"${CONTROL}"` },
    { name: 'an unknown field', body: { zzz: CONTROL } },
    { name: 'nested 5,000 levels', body: `${'['.repeat(5_000)}${']'.repeat(5_000)}` },
  ];
  // A method whose input is empty succeeds on {}: only its shapes above are bad.
  if (properties.length === 0) return cases;
  // Where every field is optional (a filter, say), {} is a valid question.
  if ((schema.required ?? []).length > 0) cases.push({ name: 'nothing given', body: {} });
  for (const [field, fieldSchema] of properties) {
    cases.push({ name: `${field}: wrong type`, body: { [field]: wrongTypeFor(fieldSchema) } });
    cases.push({ name: `${field}: 100,000 characters with control characters`, body: { [field]: HUGE } });
    // Issue 27 item 1: thousands of levels (refused before JSON.parse), and more values than the sweep walks.
    cases.push({
      name: `${field}: nested 5,000 levels`,
      body: `{"${field}":${'['.repeat(5_000)}${']'.repeat(5_000)}}`,
    });
    cases.push({ name: `${field}: ${MANY_VALUES.toLocaleString('en')} values`, body: { [field]: MANY } });
  }
  return cases;
}

describe('bad-input table: every method of the contract', () => {
  const methods = (Object.keys(contract) as MethodName[]).filter((method) => method !== 'auth.logout');

  for (const method of methods) {
    it(method, async () => {
      const before = wholeDataSnapshot(opened.core);
      for (const { name, body } of badInputsOf(method)) {
        const answer = await admin.post(method, body);
        const label = `${method} — ${name}`;
        expect(answer.status, label).toBeLessThan(500);
        expect(answer.body.ok, label).toBe(false);
        expect(answer.body.error?.code, label).not.toBe('INTERNAL');
        expect(answer.body.error?.message, label).toMatch(/[a-zàâçéèêëîïôûùüÿœ]/i);
      }
      expect(wholeDataSnapshot(opened.core), method).toBe(before);
    });
  }

  it('refuses a body over the small limit on every method without a live session, even with a forged cookie', async () => {
    const forged = { cookie: 'paume_session=jeton-invente-de-toutes-pieces' };
    for (const method of Object.keys(contract) as MethodName[]) {
      const before = wholeDataSnapshot(opened.core);
      for (const [label, headers] of [
        ['forged cookie', forged],
        ['no cookie', {}],
      ] as const) {
        const response = await fetch(`${server.url}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: OVER_OPEN_LIMIT,
        });
        const body = (await response.json()) as { ok: boolean; error?: { message: string } };
        expect(response.status, `${method} — ${label}`).toBe(413);
        expect(body.error?.message, `${method} — ${label}`).toMatch(/sans session ouverte/);
      }
      expect(wholeDataSnapshot(opened.core), method).toBe(before);
    }
  });

  it('keeps the small limit on the methods open to anyone, even with a live session', async () => {
    for (const method of (Object.keys(contract) as MethodName[]).filter((name) => contract[name].access === 'public')) {
      const answer = await admin.post(method, OVER_OPEN_LIMIT);
      expect(answer.status, method).toBe(413);
    }
  });

  it('covers every method but logout, which has no input to get wrong', () => {
    expect(methods.length).toBe(Object.keys(contract).length - 1);
  });

  it('never stored a control character anywhere', () => {
    const withControl = storedTexts(opened.core).filter((text) => text !== withoutControlCharacters(text));
    expect(withControl).toEqual([]);
  });
});
