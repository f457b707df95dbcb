import { afterEach, describe, expect, it } from 'vitest';
import { caller, FIRST_ADMIN, openTempCore, signedInSecretary } from '../helpers/temp-core.js';

/**
 * Who receives which event is decided once, in core (issue 21), for the Electron window and the
 * HTTP event streams alike: a real core, real sessions, events emitted by the services' bus.
 */
describe('events reach only the sessions that may receive them', () => {
  const opened: (() => void)[] = [];
  afterEach(() => {
    for (const dispose of opened.splice(0)) dispose();
  });

  async function twoPeople() {
    const temp = await openTempCore();
    opened.push(temp.dispose);
    const { core } = temp;
    const admin = caller(core);
    expect(await admin.call('setup.initialize', FIRST_ADMIN)).toMatchObject({ ok: true });
    const { secretary } = await signedInSecretary(core, admin);
    const adminId = (await admin.call('auth.me')) as { ok: true; value: { user: { id: number } } };
    const receivedBy = (who: { token: string | null }) => {
      const names: string[] = [];
      core.transports.subscribeAs(
        () => who.token,
        (name) => names.push(name),
      );
      return names;
    };
    return { core, admin, secretary, adminUserId: adminId.value.user.id, receivedBy };
  }

  it('an event for everyone reaches every live session; a private one only its owner', async () => {
    const { core, admin, secretary, adminUserId, receivedBy } = await twoPeople();
    const toAdmin = receivedBy(admin);
    const toSecretary = receivedBy(secretary);
    core.events.emit('agenda.changed', { date: '2026-11-24' });
    core.events.emit(
      'dictation.progress',
      { dictationId: 'd1', receivedSeconds: 1, speechSeconds: 1, text: 'secret' },
      { userId: adminUserId },
    );
    expect(toAdmin).toEqual(['agenda.changed', 'dictation.progress']);
    expect(toSecretary).toEqual(['agenda.changed']);
  });

  it('a locked or ended session receives nothing, and receives again once unlocked', async () => {
    const { core, secretary, receivedBy } = await twoPeople();
    const toSecretary = receivedBy(secretary);
    expect(await secretary.call('auth.lock')).toMatchObject({ ok: true });
    core.events.emit('agenda.changed', { date: '2026-11-24' });
    expect(toSecretary).toEqual([]);
    expect(await secretary.call('auth.unlock', { password: 'secretariat-1' })).toMatchObject({ ok: true });
    core.events.emit('theatre.changed', { date: '2026-11-24' });
    expect(toSecretary).toEqual(['theatre.changed']);
    expect(await secretary.call('auth.logout')).toMatchObject({ ok: true });
    core.events.emit('agenda.changed', { date: '2026-11-25' });
    expect(toSecretary).toEqual(['theatre.changed']);
  });

  it('an event stream is refused without a session and on a locked one', async () => {
    const { core, secretary } = await twoPeople();
    expect(core.transports.streamRefusal(null)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(core.transports.streamRefusal('inconnu')).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(core.transports.streamRefusal(secretary.token)).toBeNull();
    await secretary.call('auth.lock');
    expect(core.transports.streamRefusal(secretary.token)).toMatchObject({ code: 'SESSION_LOCKED' });
  });
});
