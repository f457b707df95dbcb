import { createHash, randomBytes } from 'node:crypto';
import type { ResolvedSession } from '../../api/dispatcher.js';
import { DomainError } from '../../api/result.js';
import type { SessionInfo } from '../../api/schemas/users.js';
import type { Clock } from '../../lib/clock.js';
import type { AuditService } from '../audit/service.js';
import type { UsersService } from '../users/service.js';
import type { LoginThrottle } from './login-throttle.js';
import { decoyHash, verifyPassword } from '../../lib/passwords.js';
import type { SessionStore } from './store.js';

/** A session lasts one working day at most, whatever the activity. */
const MAX_SESSION_MS = 12 * 3_600_000;
/** Activity is written at most this often: a write per API call would cost an fsync each. */
const TOUCH_EVERY_MS = 10_000;

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function createAuthService(deps: {
  sessions: SessionStore;
  users: UsersService;
  audit: AuditService;
  throttle: LoginThrottle;
  clock: Clock;
  lockAfterMinutes: () => number;
  practiceName: () => string;
}) {
  const { sessions, users, audit, throttle, clock } = deps;

  function refuseIfThrottled(keys: readonly string[]): void {
    const waitMs = throttle.waitMs(keys);
    if (waitMs > 0) {
      const minutes = Math.ceil(waitMs / 60_000);
      throw new DomainError(
        'RATE_LIMITED',
        `Trop de tentatives échouées : réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
      );
    }
  }

  return {
    /** Opens a session for a known user; returns the secret token, of which only a hash is stored. */
    openSession(userId: number, seat: string): string {
      const token = randomBytes(32).toString('base64url');
      sessions.insert(hashToken(token), userId, seat, clock());
      return token;
    },

    async login(login: string, password: string, seat: string): Promise<{ token: string }> {
      const keys = [`login:${login.toLowerCase()}`, `seat:${seat}`];
      refuseIfThrottled(keys);
      const found = users.findForLogin(login);
      const valid = await verifyPassword(password, found?.passwordHash ?? (await decoyHash));
      if (!found || !valid || !found.user.active) {
        throttle.recordFailure(keys);
        audit.record({
          userId: found?.user.id ?? null,
          seat,
          action: 'auth.login',
          outcome: 'refused',
          detail: `identifiant « ${login.slice(0, 64)} »`,
        });
        throw new DomainError('UNAUTHENTICATED', 'Identifiant ou mot de passe incorrect.');
      }
      throttle.clear(`login:${login.toLowerCase()}`);
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

    /** Who holds this token, without counting it as activity (routing an event is not work). */
    peekUserId(token: string): number | null {
      return sessions.get(hashToken(token))?.user_id ?? null;
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
    },

    async unlock(session: ResolvedSession, password: string, seat: string): Promise<SessionInfo> {
      const keys = [`login:${session.user.login.toLowerCase()}`, `seat:${seat}`];
      refuseIfThrottled(keys);
      const hash = users.passwordHashOf(session.user.id);
      if (!hash || !(await verifyPassword(password, hash))) {
        throttle.recordFailure(keys);
        audit.record({ userId: session.user.id, seat, action: 'auth.unlock', outcome: 'refused', detail: '' });
        throw new DomainError('INVALID_INPUT', 'Mot de passe incorrect.', { password: 'mot de passe incorrect' });
      }
      sessions.setLocked(session.tokenHash, false, clock());
      return this.info({ ...session, locked: false });
    },

    logout(session: ResolvedSession): void {
      sessions.remove(session.tokenHash);
    },

    /** Housekeeping at start: sessions older than a working day cannot be used any more. */
    purgeExpired(): void {
      sessions.removeCreatedBefore(clock() - MAX_SESSION_MS);
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
