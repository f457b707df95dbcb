/** What every API call answers, over IPC and HTTP alike (HOUSE.md rule 2). */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_JSON'
  | 'UNKNOWN_METHOD'
  | 'UNAUTHENTICATED'
  | 'SESSION_LOCKED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  /** A server Paume depends on (mail) did not answer: nothing was done, try again. */
  | 'UNAVAILABLE'
  | 'INTERNAL';

export interface ApiError {
  readonly code: ErrorCode;
  /** French, for a person to read. */
  readonly message: string;
  /** Field path (dotted) to a French message naming what is wrong with that field. */
  readonly fields?: Readonly<Record<string, string>>;
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
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
