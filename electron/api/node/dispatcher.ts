import { z } from 'zod';
import { cleanStrings, InputTooLargeError } from '../../lib/xml-safe-text.js';
import { contract, isMethodName, type MethodName, type OutputOf, type ParsedInputOf } from '../common/contract.js';
import { describeIssues } from '../common/field-errors.js';
import { accessAdmits } from '../common/method-spec.js';
import { DomainError, type ApiError, type Result } from '../common/result.js';
import type { User } from '../common/schemas/users.js';

export interface ResolvedSession {
  readonly user: User;
  readonly tokenHash: string;
  readonly locked: boolean;
}

/** What the transport knows about the caller: the session token it carried and the seat. */
export interface TransportContext {
  readonly sessionToken: string | null;
  /** Where the call comes from, for the audit log: "poste local", "http 127.0.0.1"... */
  readonly seat: string;
  /**
   * The caller sits at the machine that holds the data (the Electron window, or a browser on
   * loopback): only there may the practice be created, or a file be read from the server's disk.
   */
  readonly hostSeat: boolean;
  /**
   * Called when a login opens a session: HTTP sets its HttpOnly cookie, IPC remembers the token
   * for the window. The token itself never reaches the page unless a bearer token was asked for.
   */
  readonly onSessionIssued?: (token: string) => void;
  readonly onSessionEnded?: () => void;
  /** Called when this caller pairs as a seat (issue 14): HTTP sets the seat's HttpOnly cookie. */
  readonly onSeatPaired?: (token: string) => void;
}

export interface CallContext extends TransportContext {
  readonly session: ResolvedSession | null;
}

export type Handler<M extends MethodName> = (
  input: ParsedInputOf<M>,
  context: CallContext,
) => OutputOf<M> | Promise<OutputOf<M>>;
export type Handlers = { readonly [M in MethodName]: Handler<M> };

export interface SessionAuthority {
  /** The live session for this token, null when absent or expired; idle sessions come back locked. */
  resolve(token: string | null): ResolvedSession | null;
}

export interface AuditRecorder {
  record(entry: {
    userId: number | null;
    seat: string;
    action: string;
    outcome: 'ok' | 'refused' | 'error';
    detail: string;
  }): void;
}

export interface DispatcherLogger {
  error(details: object, message: string): void;
}

export type Dispatch = (transport: TransportContext, method: string, rawInput: unknown) => Promise<Result<unknown>>;

/**
 * The one way into the services (HOUSE.md): validate the input, check the session and role,
 * run the service, audit what changed. Both transports (Electron IPC, HTTP) call this.
 */
export function createDispatcher(deps: {
  handlers: Handlers;
  sessions: SessionAuthority;
  audit: AuditRecorder;
  logger: DispatcherLogger;
}): Dispatch {
  return async (transport, methodName, rawInput) => {
    if (!isMethodName(methodName)) {
      return failure({ code: 'UNKNOWN_METHOD', message: `Méthode inconnue : « ${methodName.slice(0, 100)} ».` });
    }
    const spec = contract[methodName];
    const session = spec.access === 'public' ? null : deps.sessions.resolve(transport.sessionToken);
    // Nobody known, a method that needs someone: refused before a byte of the input is walked (issue 27).
    if (spec.access !== 'public' && !session) return failure(accessRefusal(methodName, null) as ApiError);
    // Control characters are dropped from every text of every method before validation (issue 9):
    // nothing a person types needs them, and stored in a name they broke every letter.
    let swept: unknown;
    try {
      swept = cleanStrings(rawInput ?? {});
    } catch (error) {
      if (error instanceof InputTooLargeError) return failure({ code: 'INVALID_INPUT', message: error.message });
      throw error;
    }
    // reportInput: the messages quote what was wrong (its type, its length), never echo it back whole.
    const parsed = (spec.input as z.ZodType).safeParse(swept, { reportInput: true });
    if (!parsed.success) {
      const { message, fields } = describeIssues(spec.input, parsed.error.issues);
      return failure({ code: 'INVALID_INPUT', message, fields });
    }

    const refusal = accessRefusal(methodName, session);
    if (refusal) {
      if (refusal.code === 'FORBIDDEN' && session)
        deps.audit.record({
          userId: session.user.id,
          seat: transport.seat,
          action: methodName,
          outcome: 'refused',
          detail: 'rôle insuffisant',
        });
      return failure(refusal);
    }

    const context: CallContext = { ...transport, session };
    const handler = deps.handlers[methodName] as (input: unknown, context: CallContext) => unknown;
    try {
      const value = await handler(parsed.data, context);
      if (spec.mutates && spec.audit !== 'service') {
        deps.audit.record({
          userId: session?.user.id ?? null,
          seat: transport.seat,
          action: methodName,
          outcome: 'ok',
          detail: auditDetail(parsed.data),
        });
      }
      return { ok: true, value };
    } catch (error) {
      if (error instanceof DomainError) {
        if (spec.mutates) {
          deps.audit.record({
            userId: session?.user.id ?? null,
            seat: transport.seat,
            action: methodName,
            outcome: 'refused',
            detail: error.message,
          });
        }
        return failure({
          code: error.code,
          message: error.message,
          ...(error.fields ? { fields: error.fields } : {}),
          ...(error.conflict ? { conflict: error.conflict } : {}),
        });
      }
      deps.logger.error({ err: error, method: methodName }, 'service failure');
      deps.audit.record({
        userId: session?.user.id ?? null,
        seat: transport.seat,
        action: methodName,
        outcome: 'error',
        detail: '',
      });
      return failure({
        code: 'INTERNAL',
        message: 'Erreur interne : l’action n’a pas été enregistrée. Réessayez, puis prévenez l’administrateur.',
      });
    }
  };
}

/**
 * Whether this session may call this method (logged in, not locked unless allowed, one of its
 * roles): the dispatcher's rule, also used by a transport before it reads a large body.
 */
export function accessRefusal(methodName: MethodName, session: ResolvedSession | null): ApiError | null {
  const spec = contract[methodName];
  if (spec.access === 'public') return null;
  if (!session)
    return {
      code: 'UNAUTHENTICATED',
      message: 'Vous n’êtes pas connecté (ou votre session a expiré) : reconnectez-vous.',
    };
  if (session.locked && !spec.allowWhenLocked)
    return {
      code: 'SESSION_LOCKED',
      message: 'Le poste est verrouillé : saisissez votre mot de passe pour continuer.',
    };
  if (!accessAdmits(spec.access, session.user.roles))
    return { code: 'FORBIDDEN', message: `Votre rôle ne permet pas cette action : ${spec.summary.toLowerCase()}.` };
  return null;
}

function failure(error: ApiError): Result<never> {
  return { ok: false, error };
}

/** What the audit keeps of an input: which record was touched and which fields, never a password. */
function auditDetail(input: unknown): string {
  if (typeof input !== 'object' || input === null) return '';
  const record = input as Record<string, unknown>;
  const keys = Object.keys(record).filter((key) => !/password/i.test(key));
  const id = typeof record.id === 'number' ? `#${record.id} ` : '';
  return `${id}${keys.filter((key) => key !== 'id').join(', ')}`.slice(0, 500);
}
