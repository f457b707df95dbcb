import { localOf } from '../../lib/paris-time.js';
import { frTime } from './french.js';

/** What every API call answers, over IPC and HTTP alike (HOUSE.md rule 2). */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_JSON'
  | 'UNKNOWN_METHOD'
  | 'UNAUTHENTICATED'
  | 'SESSION_LOCKED'
  | 'FORBIDDEN'
  /** A call over the practice network from a seat that has not been paired with the host (issue 14). */
  | 'SEAT_NOT_PAIRED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  /** A server Paume depends on (mail) did not answer: nothing was done, try again. */
  | 'UNAVAILABLE'
  | 'INTERNAL';

/**
 * A save based on an older version of the record (issue 14): who changed it since, when, the
 * version to base a new save on, and the record as it now is, so both can be shown side by side.
 */
export interface EditConflict {
  readonly by: string | null;
  readonly at: string;
  readonly version: number;
  readonly current: unknown;
}

export interface ApiError {
  readonly code: ErrorCode;
  /** French, for a person to read. */
  readonly message: string;
  /** Field path (dotted) to a French message naming what is wrong with that field. */
  readonly fields?: Readonly<Record<string, string>>;
  /** Only with CONFLICT, when a newer version of the record was saved meanwhile. */
  readonly conflict?: EditConflict;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

/** HTTP status for each error code, so generic HTTP clients and logs read the answer right. */
export const httpStatusOf: Readonly<Record<ErrorCode, number>> = {
  INVALID_INPUT: 400,
  INVALID_JSON: 400,
  UNKNOWN_METHOD: 404,
  UNAUTHENTICATED: 401,
  SESSION_LOCKED: 423,
  FORBIDDEN: 403,
  SEAT_NOT_PAIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/**
 * Thrown by a service for an expected refusal (a duplicate RPPS, a wrong password...). The
 * dispatcher turns it into `{ok: false, error}`; any other exception becomes INTERNAL.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Readonly<Record<string, string>>,
    readonly conflict?: EditConflict,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** « à 10 h 42 », or « le 25/11 à 10 h 42 » when not today, on the practice's clock. */
function whenSaid(at: string, now: number): string {
  const saved = localOf(Date.parse(at));
  const time = `à ${frTime(saved.time)}`;
  if (saved.date === localOf(now).date) return time;
  const [, month, day] = saved.date.split('-');
  return `le ${day}/${month} ${time}`;
}

/** The refusal of a stale save: « Modifié par Dr Martin à 10 h 42 … », with both versions. */
export function staleEditError(what: string, conflict: EditConflict, now: number): DomainError {
  return new DomainError(
    'CONFLICT',
    `${what} a été modifié par ${conflict.by ?? 'quelqu’un'} ${whenSaid(conflict.at, now)} pendant votre saisie : rien n’a été enregistré. Comparez les deux versions.`,
    { version: 'version dépassée' },
    conflict,
  );
}
