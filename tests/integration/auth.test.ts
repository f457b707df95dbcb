import { afterEach, describe, expect, it } from 'vitest';
import { caller, dataSnapshot, FIRST_ADMIN, openTempCore, signedInSecretary } from '../helpers/temp-core.js';

const disposers: (() => void)[] = [];
afterEach(() => {
  disposers.splice(0).forEach((dispose) => {
    dispose();
  });
});
async function setUp() {
  const opened = await openTempCore();
  disposers.push(opened.dispose);
  const admin = caller(opened.core);
  return { ...opened, admin };
}

describe('first start and login', () => {
  it('creates the practice and the first administrator once, and logs them in', async () => {
    const { core, admin } = await setUp();
    expect(await admin.call('setup.status')).toEqual({ ok: true, value: { needsSetup: true, practiceName: null } });
    const result = await admin.call('setup.initialize', FIRST_ADMIN);
    expect(result).toMatchObject({
      ok: true,
      value: { session: { user: { login: 'alice', roles: ['admin', 'surgeon'] }, practiceName: 'SOS Main Test' } },
    });
    expect(admin.token).toBeTruthy();
    expect(JSON.stringify(result)).not.toContain(admin.token as string);
    expect(await admin.call('setup.status')).toEqual({
      ok: true,
      value: { needsSetup: false, practiceName: 'SOS Main Test' },
    });

    const before = dataSnapshot(core);
    const second = await caller(core).call('setup.initialize', { ...FIRST_ADMIN, login: 'mallory' });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(dataSnapshot(core)).toBe(before);
  });

  it('never stores the password or the session token in clear', async () => {
    const { core, admin } = await setUp();
    await admin.call('setup.initialize', FIRST_ADMIN);
    const dump = JSON.stringify([
      core.db.prepare('SELECT * FROM users').all(),
      core.db.prepare('SELECT * FROM sessions').all(),
    ]);
    expect(dump).not.toContain(FIRST_ADMIN.password);
    expect(dump).not.toContain(admin.token as string);
    expect(dump).toMatch(/scrypt\$32768\$8\$1\$/);
  });

  it('refuses a wrong password with one message that does not say which part was wrong', async () => {
    const { core } = await setUp();
    await caller(core).call('setup.initialize', FIRST_ADMIN);
    const wrongPassword = await caller(core).call('auth.login', { login: 'alice', password: 'pas-le-bon' });
    const unknownLogin = await caller(core).call('auth.login', { login: 'bob', password: 'pas-le-bon' });
    expect(wrongPassword).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'Identifiant ou mot de passe incorrect.' },
    });
    expect(unknownLogin).toEqual(wrongPassword);
    const audit = core.services.audit.list(null, 10).filter((entry) => entry.action === 'auth.login');
    expect(audit.map((entry) => entry.outcome)).toEqual(['refused', 'refused']);
  });

  it('throttles password guessing for an account, then lets the person in after the wait', async () => {
    const { core, clock } = await setUp();
    await caller(core).call('setup.initialize', FIRST_ADMIN);
    for (let attempt = 0; attempt < 5; attempt += 1)
      await caller(core, `seat-${attempt}`).call('auth.login', { login: 'alice', password: 'mauvais' });
    const blocked = await caller(core, 'another-seat').call('auth.login', {
      login: 'alice',
      password: FIRST_ADMIN.password,
    });
    expect(blocked).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', message: expect.stringMatching(/réessayez dans 5 minutes/) },
    });
    clock.advance(5 * 60_000 + 1);
    expect(
      await caller(core, 'another-seat').call('auth.login', { login: 'alice', password: FIRST_ADMIN.password }),
    ).toMatchObject({ ok: true });
  });
});

describe('sessions', () => {
  it('locks after the configured inactivity, refuses work while locked, and unlocks with the password', async () => {
    const { clock, admin } = await setUp();
    await admin.call('setup.initialize', FIRST_ADMIN);
    clock.advance(9 * 60_000);
    expect(await admin.call('practice.get')).toMatchObject({ ok: true });
    clock.advance(10 * 60_000 + 1);
    expect(await admin.call('practice.get')).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect(await admin.call('auth.me')).toMatchObject({ ok: true, value: { locked: true } });
    expect(await admin.call('auth.unlock', { password: 'mauvais' })).toMatchObject({
      ok: false,
      error: { fields: { password: 'mot de passe incorrect' } },
    });
    expect(await admin.call('auth.unlock', { password: FIRST_ADMIN.password })).toMatchObject({
      ok: true,
      value: { locked: false },
    });
    expect(await admin.call('practice.get')).toMatchObject({ ok: true });
  });

  it('follows the practice setting for the lock delay', async () => {
    const { clock, admin } = await setUp();
    await admin.call('setup.initialize', FIRST_ADMIN);
    const practice = await admin.call('practice.get');
    if (!practice.ok) throw new Error('practice.get failed');
    expect(await admin.call('practice.update', { ...(practice.value as object), lockAfterMinutes: 2 })).toMatchObject({
      ok: true,
    });
    clock.advance(2 * 60_000 + 1);
    expect(await admin.call('practice.get')).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
  });

  it('locks on demand and ends with logout', async () => {
    const { admin } = await setUp();
    await admin.call('setup.initialize', FIRST_ADMIN);
    expect(await admin.call('auth.lock')).toEqual({ ok: true, value: { done: true } });
    expect(await admin.call('users.list')).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    const token = admin.token;
    expect(await admin.call('auth.logout')).toEqual({ ok: true, value: { done: true } });
    expect(admin.token).toBeNull();
    expect(token).not.toBeNull();
  });

  it('ends the sessions of an account an administrator deactivates', async () => {
    const { core, admin } = await setUp();
    await admin.call('setup.initialize', FIRST_ADMIN);
    const { secretary, id } = await signedInSecretary(core, admin);
    expect(
      await admin.call('users.update', {
        id,
        displayName: 'Nathalie Roux',
        roles: ['secretary'],
        practitionerId: null,
        active: false,
        version: 1,
      }),
    ).toMatchObject({ ok: true });
    expect(await secretary.call('practice.get')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await caller(core).call('auth.login', { login: 'nathalie', password: 'secretariat-1' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('keeps at least one active administrator', async () => {
    const { core, admin } = await setUp();
    const setup = await admin.call('setup.initialize', FIRST_ADMIN);
    if (!setup.ok) throw new Error('setup failed');
    const before = dataSnapshot(core);
    const selfDemotion = await admin.call('users.update', {
      id: 1,
      displayName: 'Alice',
      roles: ['surgeon'],
      practitionerId: null,
      active: true,
      version: 1,
    });
    expect(selfDemotion).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(dataSnapshot(core)).toBe(before);
  });

  it('changes one’s own password only with the current one', async () => {
    const { core, admin } = await setUp();
    await admin.call('setup.initialize', FIRST_ADMIN);
    expect(
      await admin.call('auth.changeOwnPassword', { currentPassword: 'faux', newPassword: 'nouveau-secret' }),
    ).toMatchObject({ ok: false, error: { fields: { currentPassword: 'mot de passe incorrect' } } });
    expect(
      await admin.call('auth.changeOwnPassword', {
        currentPassword: FIRST_ADMIN.password,
        newPassword: 'nouveau-secret',
      }),
    ).toMatchObject({ ok: true });
    expect(await caller(core).call('auth.login', { login: 'alice', password: 'nouveau-secret' })).toMatchObject({
      ok: true,
    });
  });
});
