import { sessionOpened } from '../../api/call-context.js';
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
        const userId = await setup.initialize(input);
        return sessionOpened(needs.auth, needs.auth.openSession(userId, call.seat), call, false);
      },
    },
  };
}
