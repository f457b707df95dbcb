import { describe, expect, it } from 'vitest';
import { accountKey, createLoginThrottle, seatKey } from '../../electron/services/auth/login-throttle.js';
import { manualClock } from '../helpers/temp-core.js';

const fail = (
  throttle: ReturnType<typeof createLoginThrottle>,
  keys: Parameters<ReturnType<typeof createLoginThrottle>['reserve']>[0],
) => 'succeeded' in throttle.reserve(keys);

describe('login throttle', () => {
  it('allows five attempts on an account in five minutes, then waits for the oldest to expire', () => {
    const clock = manualClock();
    const throttle = createLoginThrottle(clock);
    const alice = [accountKey('Alice')];
    for (let i = 0; i < 4; i += 1) expect(fail(throttle, alice)).toBe(true);
    clock.advance(60_000);
    expect(fail(throttle, alice)).toBe(true);
    expect(throttle.reserve(alice)).toEqual({ waitMs: 4 * 60_000 });
    expect(fail(throttle, [accountKey('bob')])).toBe(true);
    clock.advance(4 * 60_000 + 1);
    expect(fail(throttle, alice)).toBe(true);
  });

  it('reserves in one step: a burst of parallel attempts cannot pass the limit (issue 9)', () => {
    const throttle = createLoginThrottle(manualClock());
    const granted = Array.from({ length: 300 }, () =>
      throttle.reserve([accountKey('alice'), seatKey('http 127.0.0.1')]),
    ).filter((outcome) => 'succeeded' in outcome);
    expect(granted).toHaveLength(5);
  });

  it('a success forgets the account’s failures, and does not count against the shared seat', () => {
    const throttle = createLoginThrottle(manualClock());
    const seat = seatKey('http 127.0.0.1');
    for (let i = 0; i < 4; i += 1) fail(throttle, [accountKey('alice'), seat]);
    const success = throttle.reserve([accountKey('alice'), seat]);
    if (!('succeeded' in success)) throw new Error('should be allowed');
    success.succeeded();
    expect(throttle.waitMs([accountKey('alice')])).toBe(0);
    // 4 failures remain on the seat: 26 more people may still mistype before it waits.
    for (let i = 0; i < 26; i += 1) expect(fail(throttle, [accountKey(`user${i}`), seat])).toBe(true);
    expect('waitMs' in throttle.reserve([accountKey('someone-else'), seat])).toBe(true);
  });
});
