import type { Clock } from '../../lib/clock.js';

/** One thing whose failed password checks are counted: an account, or a seat, with its own limit. */
export interface ThrottleKey {
  readonly key: string;
  readonly limit: number;
  /** A success wipes the key's past failures (the account: its owner is back), not just its own. */
  readonly forgetOnSuccess?: boolean;
}

/**
 * The limits (README, « Sécurité »): 5 failed checks of one account's password in 5 minutes
 * (login, unlock, password change), and 30 from one seat. In browser mode every person on the
 * host machine comes from the same seat (127.0.0.1): a colleague's typos must not lock everybody
 * out, so the seat's limit is higher and a successful check does not count against it.
 */
export const ACCOUNT_LIMIT = 5;
export const SEAT_LIMIT = 30;

/**
 * Slows down password guessing. An attempt is *reserved* before the slow hash, in one synchronous
 * step (issue 9): 300 parallel guesses cannot all pass a limit read before hashing. A reservation
 * counts as a failure until the check succeeds. In memory on purpose: a restart clears it, which
 * an attacker at the keyboard cannot exploit faster than the throttle itself.
 */
export function createLoginThrottle(clock: Clock, windowMs = 5 * 60_000) {
  const attempts = new Map<string, number[]>();

  const recent = (key: string): number[] => {
    const cutoff = clock() - windowMs;
    const kept = (attempts.get(key) ?? []).filter((at) => at > cutoff);
    if (kept.length === 0) attempts.delete(key);
    else attempts.set(key, kept);
    return kept;
  };

  return {
    /** Milliseconds before another attempt is allowed on all these keys (0: allowed now). */
    waitMs(keys: readonly ThrottleKey[]): number {
      let wait = 0;
      for (const { key, limit } of keys) {
        const times = recent(key);
        const oldest = times[times.length - limit];
        if (times.length >= limit && oldest !== undefined) wait = Math.max(wait, oldest + windowMs - clock());
      }
      return wait;
    },

    /**
     * Takes one attempt on every key, or none when any key is at its limit. The caller reports
     * success with `succeeded()`; otherwise the attempt stays counted as a failure.
     */
    reserve(keys: readonly ThrottleKey[]): { waitMs: number } | { succeeded(): void } {
      const waitMs = this.waitMs(keys);
      if (waitMs > 0) return { waitMs };
      const at = clock();
      for (const { key } of keys) attempts.set(key, [...recent(key), at]);
      return {
        succeeded: () => {
          for (const { key, forgetOnSuccess } of keys) {
            if (forgetOnSuccess) {
              attempts.delete(key);
              continue;
            }
            const times = attempts.get(key) ?? [];
            const index = times.indexOf(at);
            if (index >= 0) times.splice(index, 1);
          }
        },
      };
    },
  };
}
export type LoginThrottle = ReturnType<typeof createLoginThrottle>;

export const accountKey = (login: string): ThrottleKey => ({
  key: `compte:${login.toLowerCase()}`,
  limit: ACCOUNT_LIMIT,
  forgetOnSuccess: true,
});
export const seatKey = (seat: string): ThrottleKey => ({ key: `poste:${seat}`, limit: SEAT_LIMIT });
