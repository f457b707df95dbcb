import { sessionOpened } from '../../api/node/call-context.js';
import { DomainError } from '../../api/common/result.js';
import type { Area, AreaContext } from '../area.js';
import type { AuthService } from '../auth/service.js';
import type { PracticeService } from '../practice/service.js';
import type { UsersService } from '../users/service.js';
import { createSetupService, type SetupService } from './service.js';

export function setupArea(
  context: AreaContext,
  needs: { practice: PracticeService; users: UsersService; auth: AuthService },
): Area<SetupService> {
  const setup = createSetupService({ practice: needs.practice, users: needs.users, clock: context.clock });
  return {
    service: setup,
    handlers: {
      'setup.status': () => setup.status(),
      'setup.initialize': async (input, call) => {
        // Whoever creates the practice becomes its administrator: never another seat on the network (issue 9).
        if (!call.hostSeat)
          throw new DomainError(
            'FORBIDDEN',
            'Le cabinet se crée sur le poste qui garde les données, pas depuis un autre poste.',
          );
        const userId = await setup.initialize(input);
        return sessionOpened(needs.auth, needs.auth.openSession(userId, call.seat), call, false);
      },
    },
  };
}
