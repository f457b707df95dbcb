import { sessionOf, sessionOpened } from '../../api/node/call-context.js';
import { done, type Area, type AreaContext } from '../area.js';
import type { AuditService } from '../audit/service.js';
import type { PracticeService } from '../practice/service.js';
import type { UsersService } from '../users/service.js';
import { createLoginThrottle } from './login-throttle.js';
import { createAuthService, type AuthService } from './service.js';
import { createSessionStore } from './store.js';

const DEFAULT_LOCK_MINUTES = 10;

export function authArea(
  context: AreaContext,
  needs: { users: UsersService; audit: AuditService; practice: PracticeService },
): Area<AuthService> {
  const { practice } = needs;
  const auth = createAuthService({
    sessions: createSessionStore(context.db),
    users: needs.users,
    audit: needs.audit,
    throttle: createLoginThrottle(context.clock),
    clock: context.clock,
    lockAfterMinutes: () => practice.findPractice()?.lockAfterMinutes ?? DEFAULT_LOCK_MINUTES,
    practiceName: () => practice.findPractice()?.name ?? '',
  });
  auth.purgeExpired();
  return {
    service: auth,
    handlers: {
      'auth.login': async (input, call) => {
        const { token } = await auth.login(input.login, input.password, call.seat);
        return sessionOpened(auth, token, call, input.wantsBearerToken ?? false);
      },
      'auth.logout': (_input, call) => {
        auth.logout(sessionOf(call));
        call.onSessionEnded?.();
        return done;
      },
      'auth.me': (_input, call) => auth.info(sessionOf(call)),
      'auth.lock': (_input, call) => {
        auth.lock(sessionOf(call));
        return done;
      },
      'auth.unlock': (input, call) => auth.unlock(sessionOf(call), input.password, call.seat),
      'auth.changeOwnPassword': async (input, call) => {
        await auth.changeOwnPassword(sessionOf(call), input.currentPassword, input.newPassword, call.seat);
        return done;
      },
      // Here rather than in users/: setting a password ends the account's sessions, which auth owns.
      'auth.resetPassword': async (input, call) => {
        await auth.resetPassword(input.id, input.password, sessionOf(call));
        return done;
      },
    },
  };
}
