import type { CallContext, ResolvedSession } from '../api/dispatcher.js';
import { DomainError } from '../api/result.js';
import type { Actor } from '../services/audit/service.js';

/** The dispatcher has already checked the session for every non-public method. */
export function sessionOf(context: CallContext): ResolvedSession {
  if (!context.session) throw new DomainError('UNAUTHENTICATED', 'Session absente.');
  return context.session;
}

/** Who acts and from which seat, for the services that trace patient data themselves. */
export function actorOf(context: CallContext): Actor {
  return { userId: sessionOf(context).user.id, seat: context.seat };
}
