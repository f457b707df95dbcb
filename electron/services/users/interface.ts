import type { Role } from '../../api/common/schemas/common.js';
import type { User } from '../../api/common/schemas/users.js';

export interface NewUser {
  login: string;
  displayName: string;
  password: string;
  roles: readonly Role[];
  practitionerId: number | null;
}

/** The people who use Paume, their roles and accounts. */
/** An administrator's change to an account, made on the version the form was opened on. */
export interface UserChange {
  id: number;
  displayName: string;
  roles: readonly Role[];
  practitionerId: number | null;
  active: boolean;
  version: number;
}

export interface UsersService {
  list: () => User[];
  get: (id: number) => User;
  find: (id: number) => User | null;
  count: () => number;
  /** The user and password hash behind a login, for the session's check only. */
  findForLogin: (login: string) => {
    user: User;
    passwordHash: string;
  } | null;
  passwordHashOf: (id: number) => string | null;
  create(input: NewUser): Promise<User>;
  /** Setup only: the first account, written in the same transaction as the practice. */
  prepareFirstAccount(input: NewUser): Promise<(now: string) => number>;
  /** Runs `work` in one synchronous transaction (setup writes the first account with the practice). */
  inTransaction: <T>(work: () => T) => T;
  update(input: UserChange, actingUserId: number): User;
  setPassword(id: number, password: string): Promise<void>;
  changeOwnPassword(id: number, currentPassword: string, newPassword: string): Promise<void>;
}
