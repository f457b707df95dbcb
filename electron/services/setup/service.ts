import { DomainError } from '../../api/common/result.js';
import type { Role } from '../../api/common/schemas/common.js';
import { isoAt, type Clock } from '../../lib/clock.js';
import type { PracticeService } from '../practice/service.js';
import type { UsersService } from '../users/service.js';
import type { SetupService } from './interface.js';

/** First start: the practice and its first administrator, created together or not at all. */
export function createSetupService(deps: {
  practice: PracticeService;
  users: UsersService;
  clock: Clock;
}): SetupService {
  const { practice, users, clock } = deps;
  const alreadyDone = () => new DomainError('CONFLICT', 'Le cabinet est déjà créé : connectez-vous avec votre compte.');

  return {
    status: () => {
      const existing = practice.findPractice();
      return { needsSetup: users.count() === 0, practiceName: existing?.name ?? null };
    },

    async initialize(input: {
      practiceName: string;
      login: string;
      displayName: string;
      password: string;
      alsoSurgeon: boolean;
    }): Promise<number> {
      if (users.count() > 0) throw alreadyDone();
      const roles: Role[] = input.alsoSurgeon ? ['admin', 'surgeon'] : ['admin'];
      const insertAccount = await users.prepareFirstAccount({ ...input, roles, practitionerId: null });
      return users.inTransaction(() => {
        // Checked again inside the transaction: two first starts racing must not create two admins.
        if (users.count() > 0) throw alreadyDone();
        if (!practice.findPractice()) practice.createPractice(input.practiceName);
        return insertAccount(isoAt(clock));
      });
    },
  };
}
export type { SetupService } from './interface.js';
