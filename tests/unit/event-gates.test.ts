import { describe, expect, it } from 'vitest';
import { contract, eventSchemas, type EventName } from '../../electron/api/common/contract.js';
import { EVENT_GATES, eventRoles } from '../../electron/api/common/event-gates.js';
import { ROLES, type Role } from '../../electron/api/common/schemas/common.js';
import { accessRefusal, type ResolvedSession } from '../../electron/api/node/dispatcher.js';
import { mayReceive } from '../../electron/core/transports.js';

/**
 * Issue 27, point 8: who receives each event, written out by hand. A new event kind is a type
 * error here until someone decides who receives it (as in EVENT_GATES, and in the renderer's
 * EVENT_KEYS); a change of a method's roles that moves an event shows here too.
 */
const EVERYONE = ROLES;
const WRITERS = ['surgeon', 'secretary', 'admin'] as const;
const RECEIVERS: { readonly [E in EventName]: readonly Role[] } = {
  'practice.changed': EVERYONE,
  'practice.practitionersChanged': EVERYONE,
  'users.changed': WRITERS,
  'patients.changed': EVERYONE,
  'letters.pdf': EVERYONE,
  'dictation.progress': ['surgeon', 'admin'],
  'theatre.changed': EVERYONE,
  'agenda.changed': EVERYONE,
  'backups.progress': ['admin'],
  'inbox.changed': WRITERS,
  'inbox.sync': WRITERS,
  'inbox.presence': WRITERS,
  // Everyone who takes calls (the Bloc's nurses make the J-1 and J+1 calls).
  'calls.ringing': EVERYONE,
  'dictation.modelProgress': EVERYONE,
};

const EVENTS = Object.keys(eventSchemas) as EventName[];

const sessionOf = (role: Role, locked = false): ResolvedSession => ({
  user: {
    id: 1,
    login: role,
    displayName: role,
    roles: [role],
    practitionerId: null,
    active: true,
    version: 1,
  },
  tokenHash: 'x',
  locked,
});

describe('every event kind declares the methods that gate it', () => {
  it('lists exactly the events of the contract, each with methods of the contract', () => {
    expect(Object.keys(EVENT_GATES).sort()).toEqual([...EVENTS].sort());
    expect(Object.keys(RECEIVERS).sort()).toEqual([...EVENTS].sort());
    for (const name of EVENTS) {
      expect(EVENT_GATES[name].length, name).toBeGreaterThan(0);
      for (const method of EVENT_GATES[name]) {
        expect(Object.hasOwn(contract, method), `${name} → ${method}`).toBe(true);
        // A public method (before login) would gate nothing: events go to sessions only.
        expect(contract[method].access, `${name} → ${method}`).not.toBe('public');
      }
    }
  });
});

describe('each event kind × each role: received exactly when a method that reads it is allowed', () => {
  const table = EVENTS.flatMap((name) => ROLES.map((role) => ({ name, role })));

  it.each(table)('$name × $role', ({ name, role }) => {
    const expected = RECEIVERS[name].includes(role);
    // What the dispatcher answers this role on the event's methods, from the roles in the contract.
    const mayCallAGate = EVENT_GATES[name].some((method) => accessRefusal(method, sessionOf(role)) === null);
    expect(mayCallAGate, 'the contract’s methods').toBe(expected);
    expect(eventRoles(name).includes(role), 'eventRoles').toBe(expected);
    // What the transports deliver, to everyone and to this very person.
    expect(mayReceive(name, null, { userId: 1, roles: [role] }), 'to everyone').toBe(expected);
    expect(mayReceive(name, { userId: 1 }, { userId: 1, roles: [role] }), 'to this person').toBe(expected);
  });

  it('theatre staff receive no inbox event, whatever its kind', () => {
    const inbox = EVENTS.filter((name) => name.startsWith('inbox.'));
    expect(inbox.length).toBeGreaterThan(0);
    for (const name of inbox) expect(mayReceive(name, null, { userId: 1, roles: ['theatre'] }), name).toBe(false);
  });

  it('a person with several roles receives what any of them allows', () => {
    expect(mayReceive('inbox.presence', null, { userId: 1, roles: ['theatre', 'secretary'] })).toBe(true);
    expect(mayReceive('backups.progress', null, { userId: 1, roles: ['theatre', 'secretary', 'surgeon'] })).toBe(false);
  });

  it('nothing without a live session, and a private event only to its person', () => {
    for (const name of EVENTS) expect(mayReceive(name, null, null), name).toBe(false);
    expect(mayReceive('dictation.progress', { userId: 2 }, { userId: 1, roles: ['surgeon'] })).toBe(false);
    expect(mayReceive('dictation.progress', { userId: 1 }, { userId: 1, roles: ['surgeon'] })).toBe(true);
  });
});
