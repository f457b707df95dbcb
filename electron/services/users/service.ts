import { DomainError, staleEditError } from '../../api/common/result.js';
import type { User } from '../../api/common/schemas/users.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { EventBus } from '../../api/common/contract.js';
import { hashPassword, verifyPassword } from '../../lib/passwords.js';
import type { UsersStore } from './store.js';
import type { NewUser, UserChange, UsersService } from './interface.js';

export function createUsersService(deps: {
  store: UsersStore;
  events: EventBus;
  clock: Clock;
  practitionerExists: (id: number) => boolean;
}): UsersService {
  const { store, events, clock } = deps;

  function get(id: number): User {
    const user = store.get(id);
    if (!user) throw new DomainError('NOT_FOUND', `Compte introuvable (n° ${id}).`, { id: 'compte introuvable' });
    return user;
  }

  function checkPractitioner(practitionerId: number | null): void {
    if (practitionerId !== null && !deps.practitionerExists(practitionerId)) {
      throw new DomainError('NOT_FOUND', 'Le praticien lié n’existe pas.', { practitionerId: 'praticien introuvable' });
    }
  }

  function refuseTakenLogin(login: string): void {
    if (store.findForLogin(login)) {
      const message = `L’identifiant « ${login} » est déjà utilisé.`;
      throw new DomainError('CONFLICT', message, { login: message });
    }
  }

  return {
    list: (): User[] => store.list(),
    get,
    find: (id: number): User | null => store.get(id),
    count: (): number => store.count(),
    findForLogin: (login: string) => store.findForLogin(login),
    passwordHashOf: (id: number) => store.passwordHashOf(id),

    async create(input: NewUser): Promise<User> {
      refuseTakenLogin(input.login);
      checkPractitioner(input.practitionerId);
      const passwordHash = await hashPassword(input.password);
      // Checked again after the (slow) hash: another administrator may have taken the login meanwhile.
      refuseTakenLogin(input.login);
      const id = store.insert({ ...input, passwordHash }, isoAt(clock));
      events.emit('users.changed', { id });
      return get(id);
    },

    /** Setup only: the first account, written in the same transaction as the practice. */
    async prepareFirstAccount(input: NewUser): Promise<(now: string) => number> {
      const passwordHash = await hashPassword(input.password);
      return (now) => store.insert({ ...input, passwordHash }, now);
    },
    inTransaction: <T>(work: () => T): T => store.inTransaction(work),

    update(input: UserChange, actingUserId: number): User {
      const before = get(input.id);
      checkPractitioner(input.practitionerId);
      if (input.id === actingUserId && (!input.active || !input.roles.includes('admin'))) {
        const message = 'Vous ne pouvez pas retirer vos propres droits d’administrateur ni désactiver votre compte.';
        throw new DomainError('CONFLICT', message, { roles: message });
      }
      store.inTransaction(() => {
        if (!store.update(input, { version: input.version, actingUserId, now: isoAt(clock) })) {
          const { version, ...current } = get(input.id);
          const last = store.lastChange(input.id);
          throw staleEditError(
            'Ce compte',
            { by: last?.by ?? null, at: last?.at ?? isoAt(clock), version, current },
            clock(),
          );
        }
        // The practice must always keep someone able to manage accounts.
        if (before.roles.includes('admin') && store.countActiveAdmins() === 0) {
          throw new DomainError('CONFLICT', 'Il doit rester au moins un administrateur actif.', {
            roles: 'dernier administrateur',
          });
        }
      });
      events.emit('users.changed', { id: input.id });
      return get(input.id);
    },

    async setPassword(id: number, password: string): Promise<void> {
      get(id);
      store.setPasswordHash(id, await hashPassword(password), isoAt(clock));
    },

    async changeOwnPassword(id: number, currentPassword: string, newPassword: string): Promise<void> {
      const hash = store.passwordHashOf(id);
      if (!hash || !(await verifyPassword(currentPassword, hash))) {
        throw new DomainError('INVALID_INPUT', 'Le mot de passe actuel est incorrect.', {
          currentPassword: 'mot de passe incorrect',
        });
      }
      store.setPasswordHash(id, await hashPassword(newPassword), isoAt(clock));
    },
  };
}
export type { UsersService, NewUser } from './interface.js';
