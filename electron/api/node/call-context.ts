import type { CallContext, ResolvedSession } from './dispatcher.js';
import { DomainError } from '../common/result.js';
import type { SessionInfo } from '../common/schemas/users.js';

/** Who acts and from which seat: what the access log records beside each read or change. */
export interface Actor {
  readonly userId: number;
  readonly seat: string;
}

/** The dispatcher has already checked the session for every non-public method. */
export function sessionOf(context: CallContext): ResolvedSession {
  if (!context.session) throw new DomainError('UNAUTHENTICATED', 'Session absente.');
  return context.session;
}

/** Who acts and from which seat, for the services that trace patient data themselves. */
export function actorOf(context: CallContext): Actor {
  return { userId: sessionOf(context).user.id, seat: context.seat };
}

/** What answers a session's opening (login, first setup): who is logged in, and the token if asked. */
export function sessionOpened(
  auth: { resolve(token: string): ResolvedSession | null; info(session: ResolvedSession): SessionInfo },
  token: string,
  context: CallContext,
  wantsBearerToken: boolean,
): { session: SessionInfo; bearerToken?: string } {
  // The transport keeps the token (HTTP: an HttpOnly cookie; IPC: per window); the page never sees it unless asked.
  context.onSessionIssued?.(token);
  const session = auth.resolve(token);
  if (!session) throw new Error('session just opened cannot be resolved');
  return { session: auth.info(session), ...(wantsBearerToken ? { bearerToken: token } : {}) };
}
