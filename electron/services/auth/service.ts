import { createHash, randomBytes } from 'node:crypto';
import type { ResolvedSession } from '../../api/node/dispatcher.js';
import { DomainError } from '../../api/common/result.js';
import type { SessionInfo } from '../../api/common/schemas/users.js';
import type { Clock } from '../../lib/clock.js';
import type { AuditService } from '../audit/service.js';
import type { UsersService } from '../users/service.js';
import { accountKey, seatKey, type LoginThrottle, type ThrottleKey } from './login-throttle.js';
import { decoyHash, verifyPassword } from '../../lib/passwords.js';
import type { SessionStore } from './store.js';
import type { AuthService, LiveHolder } from './interface.js';
import { countOf } from '../../api/common/french.js';

/** A session lasts one working day at most, whatever the activity. */
const MAX_SESSION_MS = 12 * 3_600_000;
/** Activity is written at most this often: a write per API call would cost an fsync each. */
const TOUCH_EVERY_MS = 10_000;

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** A wrong password inside a throttled check: counted, then reported as a field error. */
class PasswordMismatch extends Error {}

export function createAuthService(deps: {
  sessions: SessionStore;
  users: UsersService;
  audit: AuditService;
  throttle: LoginThrottle;
  clock: Clock;
  lockAfterMinutes: () => number;
  practiceName: () => string;
}): AuthService {
  const { sessions, users, audit, throttle, clock } = deps;

  const sessionEndListeners = new Set<() => void>();
  /** Open event streams re-check their session when one ends (logout, lock, password change). */
  const sessionsEnded = () => {
    for (const listener of sessionEndListeners) listener();
  };

  /**
   * Runs a password check under the throttle: the attempt is reserved before hashing, and only a
   * check that succeeds gives it back. Refused at once, without hashing, past the limit.
   */
  async function throttled<T>(keys: readonly ThrottleKey[], check: () => Promise<T>): Promise<T> {
    const reservation = throttle.reserve(keys);
    if ('waitMs' in reservation) {
      const minutes = Math.ceil(reservation.waitMs / 60_000);
      throw new DomainError(
        'RATE_LIMITED',
        `Trop de tentatives échouées : réessayez dans ${countOf(minutes, 'minute')}.`,
      );
    }
    const result = await check();
    reservation.succeeded();
    return result;
  }

  /** The holder of a live, unlocked session of an active account; one read of the session. */
  const liveHolder = (token: string): LiveHolder | null => {
    const row = sessions.get(hashToken(token));
    const user = row === null || row.locked !== 0 ? null : users.find(row.user_id);
    return user?.active === true ? { userId: user.id, roles: user.roles } : null;
  };

  return {
    /** Opens a session for a known user; returns the secret token, of which only a hash is stored. */
    openSession(userId: number, seat: string): string {
      const token = randomBytes(32).toString('base64url');
      sessions.insert(hashToken(token), userId, seat, clock());
      return token;
    },

    async login(login: string, password: string, seat: string): Promise<{ token: string }> {
      // The decoy hash keeps an unknown login as slow as a wrong password: no timing oracle.
      const found = await throttled([accountKey(login), seatKey(seat)], async () => {
        const candidate = users.findForLogin(login);
        const valid = await verifyPassword(password, candidate?.passwordHash ?? (await decoyHash));
        if (!candidate || !valid || !candidate.user.active) throw new PasswordMismatch();
        return candidate;
      }).catch((error: unknown) => {
        if (error instanceof PasswordMismatch) return null;
        throw error;
      });
      if (!found) {
        const known = users.findForLogin(login);
        audit.record({
          userId: known?.user.id ?? null,
          seat,
          action: 'auth.login',
          outcome: 'refused',
          detail: `identifiant « ${login.slice(0, 64)} »`,
        });
        throw new DomainError('UNAUTHENTICATED', 'Identifiant ou mot de passe incorrect.');
      }
      audit.record({ userId: found.user.id, seat, action: 'auth.login', outcome: 'ok', detail: '' });
      return { token: this.openSession(found.user.id, seat) };
    },

    resolve(token: string | null): ResolvedSession | null {
      if (!token) return null;
      const tokenHash = hashToken(token);
      const row = sessions.get(tokenHash);
      if (!row) return null;
      const now = clock();
      const user = users.find(row.user_id);
      if (!user || !user.active || now - row.created_at_ms > MAX_SESSION_MS) {
        sessions.remove(tokenHash);
        return null;
      }
      let locked = row.locked === 1;
      if (!locked && now - row.last_seen_ms > deps.lockAfterMinutes() * 60_000) {
        sessions.setLocked(tokenHash, true, row.last_seen_ms);
        locked = true;
      } else if (!locked && now - row.last_seen_ms > TOUCH_EVERY_MS) {
        sessions.touch(tokenHash, now);
      }
      return { user, tokenHash, locked };
    },

    info(session: ResolvedSession): SessionInfo {
      return {
        user: session.user,
        locked: session.locked,
        lockAfterMinutes: deps.lockAfterMinutes(),
        practiceName: deps.practiceName(),
      };
    },

    lock(session: ResolvedSession): void {
      sessions.setLocked(session.tokenHash, true, clock());
      sessionsEnded();
    },

    async unlock(session: ResolvedSession, password: string, seat: string): Promise<SessionInfo> {
      const valid = await throttled([accountKey(session.user.login), seatKey(seat)], async () => {
        const hash = users.passwordHashOf(session.user.id);
        if (!hash || !(await verifyPassword(password, hash))) throw new PasswordMismatch();
        return true;
      }).catch((error: unknown) => {
        if (error instanceof PasswordMismatch) return false;
        throw error;
      });
      if (!valid) {
        audit.record({ userId: session.user.id, seat, action: 'auth.unlock', outcome: 'refused', detail: '' });
        throw new DomainError('INVALID_INPUT', 'Mot de passe incorrect.', { password: 'mot de passe incorrect' });
      }
      sessions.setLocked(session.tokenHash, false, clock());
      return this.info({ ...session, locked: false });
    },

    logout(session: ResolvedSession): void {
      sessions.remove(session.tokenHash);
      sessionsEnded();
    },

    /**
     * Changes one's own password, under the same throttle as login (issue 9), and ends every other
     * session of that person: whoever knew the old password is out.
     */
    async changeOwnPassword(
      session: ResolvedSession,
      currentPassword: string,
      newPassword: string,
      seat: string,
    ): Promise<void> {
      await throttled([accountKey(session.user.login), seatKey(seat)], () =>
        users.changeOwnPassword(session.user.id, currentPassword, newPassword),
      );
      sessions.removeOthersOfUser(session.user.id, session.tokenHash);
      sessionsEnded();
    },

    /** An administrator sets a password: the account's sessions end (the caller's own one stays). */
    async resetPassword(userId: number, password: string, by: ResolvedSession): Promise<void> {
      await users.setPassword(userId, password);
      sessions.removeOthersOfUser(userId, by.user.id === userId ? by.tokenHash : '');
      sessionsEnded();
    },

    liveHolder,

    /** Whether an event stream may stay open on this token: a live session, not locked. */
    streamAllowed: (token: string): boolean => liveHolder(token) !== null,

    onSessionsEnded(listener: () => void): () => void {
      sessionEndListeners.add(listener);
      return () => sessionEndListeners.delete(listener);
    },

    /** Housekeeping at start: sessions older than a working day cannot be used any more. */
    purgeExpired(): void {
      sessions.removeCreatedBefore(clock() - MAX_SESSION_MS);
    },
  };
}
export type { AuthService } from './interface.js';
