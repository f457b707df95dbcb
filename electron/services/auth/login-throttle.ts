import type { Clock } from '../../lib/clock.js';

/**
 * Slows down password guessing: after `maxFailures` failed logins for the same account or from
 * the same seat within `windowMs`, further attempts are refused until the window has passed.
 * In memory on purpose: a restart clears it, which an attacker at the keyboard cannot exploit
 * faster than the throttle itself.
 */
export function createLoginThrottle(clock: Clock, maxFailures = 5, windowMs = 5 * 60_000) {
  const failures = new Map<string, number[]>();

  const recent = (key: string): number[] => {
    const cutoff = clock() - windowMs;
    const kept = (failures.get(key) ?? []).filter((at) => at > cutoff);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  };

  return {
    /** Milliseconds to wait before another attempt is allowed for any of these keys (0: allowed). */
    waitMs(keys: readonly string[]): number {
      let wait = 0;
      for (const key of keys) {
        const times = recent(key);
        const oldest = times[0];
        if (times.length >= maxFailures && oldest !== undefined) wait = Math.max(wait, oldest + windowMs - clock());
      }
      return wait;
    },
    recordFailure(keys: readonly string[]): void {
      for (const key of keys) failures.set(key, [...recent(key), clock()]);
    },
    clear(key: string): void {
      failures.delete(key);
    },
  };
}
export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
