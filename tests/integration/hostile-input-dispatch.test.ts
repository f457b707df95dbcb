import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SWEEP_LIMITS } from '../../electron/lib/xml-safe-text.js';
import { caller, FIRST_ADMIN, openTempCore } from '../helpers/temp-core.js';

/**
 * Issue 27 item 1 at the dispatcher, which both transports call (the Electron window's IPC sends
 * objects, not JSON text, so no depth check on a text protects it): nobody known is refused before
 * a value of the input is walked; the control-character sweep walks with its own stack and stops
 * at its bounds, with a French 4xx-class refusal, instead of overflowing the call stack.
 */
let opened: Awaited<ReturnType<typeof openTempCore>>;
let admin: ReturnType<typeof caller>;
beforeAll(async () => {
  opened = await openTempCore();
  admin = caller(opened.core);
  expect((await admin.call('setup.initialize', FIRST_ADMIN)).ok).toBe(true);
});
afterAll(() => {
  opened.dispose();
});

/** An object nested `levels` deep, built without recursion. */
function nested(levels: number): unknown {
  let value: unknown = 'fond';
  for (let level = 0; level < levels; level += 1) value = { plus: value };
  return value;
}

const anonymous = { sessionToken: null, seat: 'ipc test', hostSeat: true } as const;

describe('the dispatcher bounds what it walks', () => {
  it('refuses a caller without a session before walking its input', async () => {
    let walked = false;
    const input = {
      get birthName() {
        walked = true;
        return 'MARTIN';
      },
    };
    const answer = await opened.core.dispatch(anonymous, 'patients.create', input);
    expect(answer).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(walked).toBe(false);
  });

  it('refuses 100,000 levels of nesting with a French message, not a stack overflow', async () => {
    const answer = await admin.call('patients.search', { query: nested(100_000) });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!answer.ok) expect(answer.error.message).toMatch(/imbriquée trop profondément/);
  });

  it('refuses more values than the sweep walks, and still cleans what is within bounds', async () => {
    const many = await admin.call('patients.search', { query: new Array<number>(SWEEP_LIMITS.values + 1).fill(1) });
    expect(many).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!many.ok) expect(many.error.message).toMatch(/plus de 200\u202f000 valeurs|plus de 200 000 valeurs/);
    const deepButFine = await admin.call('patients.search', { query: `MAR\u0000TIN`, [`a\u0007`]: nested(40) });
    // Within bounds the input reaches validation: the unknown (cleaned) key is named, no crash.
    expect(deepButFine).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!deepButFine.ok) expect(JSON.stringify(deepButFine.error)).not.toContain('\u0007');
  });
});
