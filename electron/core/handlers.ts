import type { CallContext, Handlers } from '../api/dispatcher.js';
import { sessionOf } from './call-context.js';
import type { AuditService } from '../services/audit/service.js';
import type { AuthService } from '../services/auth/service.js';
import type { PracticeService } from '../services/practice/service.js';
import type { SetupService } from '../services/setup/service.js';
import type { UsersService } from '../services/users/service.js';
import { createLetterHandlers, type LetterServices } from './letter-handlers.js';
import { createPatientHandlers, type PatientServices } from './patient-handlers.js';

export interface Services extends PatientServices, LetterServices {
  readonly setup: SetupService;
  readonly auth: AuthService;
  readonly practice: PracticeService;
  readonly users: UsersService;
  readonly audit: AuditService;
}


/** Binds each method of the contract to its service. The compiler checks none is missing. */
export function createHandlers(services: Services): Handlers {
  const { setup, auth, practice, users, audit } = services;

  /** Hands a freshly opened session to the transport and answers with who is logged in. */
  function sessionResult(token: string, context: CallContext, wantsBearerToken: boolean) {
    context.onSessionIssued?.(token);
    const session = auth.resolve(token);
    if (!session) throw new Error('session just opened cannot be resolved');
    return { session: auth.info(session), ...(wantsBearerToken ? { bearerToken: token } : {}) };
  }

  return {
    'setup.status': () => setup.status(),
    'setup.initialize': async (input, context) => {
      const userId = await setup.initialize(input);
      return sessionResult(auth.openSession(userId, context.seat), context, false);
    },

    'auth.login': async (input, context) => {
      const { token } = await auth.login(input.login, input.password, context.seat);
      return sessionResult(token, context, input.wantsBearerToken ?? false);
    },
    'auth.logout': (_input, context) => {
      auth.logout(sessionOf(context));
      context.onSessionEnded?.();
      return { done: true };
    },
    'auth.me': (_input, context) => auth.info(sessionOf(context)),
    'auth.lock': (_input, context) => {
      auth.lock(sessionOf(context));
      return { done: true };
    },
    'auth.unlock': (input, context) => auth.unlock(sessionOf(context), input.password, context.seat),
    'auth.changeOwnPassword': async (input, context) => {
      await users.changeOwnPassword(sessionOf(context).user.id, input.currentPassword, input.newPassword);
      return { done: true };
    },

    'practice.get': () => practice.getPractice(),
    'practice.update': (input) => practice.updatePractice(input),
    'practitioners.list': () => practice.listPractitioners(),
    'practitioners.create': (input) => practice.createPractitioner(input),
    'practitioners.update': ({ id, active, ...fields }) => practice.updatePractitioner(id, fields, active),

    'users.list': () => users.list(),
    'users.create': (input) => users.create(input),
    'users.update': (input, context) => users.update(input, sessionOf(context).user.id),
    'users.resetPassword': async (input) => {
      await users.setPassword(input.id, input.password);
      return { done: true };
    },

    'audit.list': (input) => audit.list(input.userId ?? null, input.limit),
    ...createPatientHandlers(services),
    ...createLetterHandlers(services),
  };
}
