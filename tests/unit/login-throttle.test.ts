import { describe, expect, it } from 'vitest';
import { createLoginThrottle } from '../../electron/services/auth/login-throttle.js';
import { manualClock } from '../helpers/temp-core.js';

describe('login throttle', () => {
  it('blocks after five failures in five minutes, per key, and forgets old failures', () => {
    const clock = manualClock();
    const throttle = createLoginThrottle(clock);
    for (let i = 0; i < 4; i += 1) throttle.recordFailure(['login:alice']);
    expect(throttle.waitMs(['login:alice'])).toBe(0);
    clock.advance(60_000);
    throttle.recordFailure(['login:alice']);
    expect(throttle.waitMs(['login:alice'])).toBe(4 * 60_000);
    expect(throttle.waitMs(['login:bob'])).toBe(0);
    clock.advance(4 * 60_000 + 1);
    expect(throttle.waitMs(['login:alice'])).toBe(0);
  });

  it('clears an account after a successful login', () => {
    const throttle = createLoginThrottle(manualClock());
    for (let i = 0; i < 5; i += 1) throttle.recordFailure(['login:alice']);
    throttle.clear('login:alice');
    expect(throttle.waitMs(['login:alice'])).toBe(0);
  });
});
