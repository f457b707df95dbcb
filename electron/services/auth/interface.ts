import type { ResolvedSession } from '../../api/node/dispatcher.js';
import type { Role } from '../../api/common/schemas/common.js';
import type { SessionInfo } from '../../api/common/schemas/users.js';

/** The person a live session belongs to, as event routing needs it. */
export interface LiveHolder {
  readonly userId: number;
  readonly roles: readonly Role[];
}

/** Sessions: login, lock, the password rules and resets. */
export interface AuthService {
  /** Opens a session for a known user; returns the secret token, of which only a hash is stored. */
  openSession(userId: number, seat: string): string;
  login(
    login: string,
    password: string,
    seat: string,
  ): Promise<{
    token: string;
  }>;
  resolve(token: string | null): ResolvedSession | null;
  info(session: ResolvedSession): SessionInfo;
  lock(session: ResolvedSession): void;
  unlock(session: ResolvedSession, password: string, seat: string): Promise<SessionInfo>;
  logout(session: ResolvedSession): void;
  /**
   * Changes one's own password, under the same throttle as login (issue 9), and ends every other
   * session of that person: whoever knew the old password is out.
   */
  changeOwnPassword(
    session: ResolvedSession,
    currentPassword: string,
    newPassword: string,
    seat: string,
  ): Promise<void>;
  /** An administrator sets a password: the account's sessions end (the caller's own one stays). */
  resetPassword(userId: number, password: string, by: ResolvedSession): Promise<void>;
  /**
   * Who holds this token, and with which roles, while its session may receive events (live, not
   * locked, account active), else null; one read, not counted as activity (routing an event is
   * not work). The roles are read at each event: a role taken away stops the events it gave.
   */
  liveHolder(token: string): LiveHolder | null;
  /** Whether an event stream may stay open on this token: a live session, not locked. */
  streamAllowed(token: string): boolean;
  onSessionsEnded(listener: () => void): () => void;
  /** Housekeeping at start: sessions older than a working day cannot be used any more. */
  purgeExpired(): void;
}
