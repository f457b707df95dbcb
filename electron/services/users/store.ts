import type { Db } from '../../../db/connection.js';
import type { Role } from '../../api/common/schemas/common.js';
import type { User } from '../../api/common/schemas/users.js';

interface UserRow {
  id: number;
  login: string;
  display_name: string;
  password_hash: string;
  practitioner_id: number | null;
  active: number;
  roles: string | null;
  version: number;
  updated_at: string;
  updated_by_name: string | null;
}

const SELECT_USER = `
  SELECT u.*, (SELECT group_concat(role, ',') FROM user_roles r WHERE r.user_id = u.id) AS roles,
    (SELECT display_name FROM users b WHERE b.id = u.updated_by) AS updated_by_name
  FROM users u`;

const toUser = (row: UserRow): User => ({
  id: row.id,
  login: row.login,
  displayName: row.display_name,
  roles: (row.roles ? row.roles.split(',') : []) as Role[],
  practitionerId: row.practitioner_id,
  active: row.active === 1,
  version: row.version,
});

export function createUsersStore(db: Db) {
  const selectAll = db.prepare<[], UserRow>(`${SELECT_USER} ORDER BY u.active DESC, u.display_name COLLATE NOCASE`);
  const selectById = db.prepare<[number], UserRow>(`${SELECT_USER} WHERE u.id = ?`);
  const selectByLogin = db.prepare<[string], UserRow>(`${SELECT_USER} WHERE u.login = ?`);
  const countUsers = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users');
  const countActiveAdmins = db.prepare<[], { n: number }>(`
    SELECT count(*) AS n FROM users u JOIN user_roles r ON r.user_id = u.id WHERE r.role = 'admin' AND u.active = 1`);
  const insertUser = db.prepare(`
    INSERT INTO users (login, display_name, password_hash, practitioner_id, created_at, updated_at)
    VALUES (@login, @displayName, @passwordHash, @practitionerId, @now, @now)`);
  const updateUser = db.prepare(`
    UPDATE users SET display_name = @displayName, practitioner_id = @practitionerId, active = @active, updated_at = @now,
      version = version + 1, updated_by = @actingUserId
    WHERE id = @id AND version = @version`);
  const updatePassword = db.prepare('UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?');
  const deleteRoles = db.prepare('DELETE FROM user_roles WHERE user_id = ?');
  const insertRole = db.prepare('INSERT INTO user_roles (user_id, role) VALUES (?, ?)');

  const replaceRoles = (userId: number, roles: readonly Role[]): void => {
    deleteRoles.run(userId);
    for (const role of new Set(roles)) insertRole.run(userId, role);
  };

  return {
    list: (): User[] => selectAll.all().map(toUser),
    get: (id: number): User | null => {
      const row = selectById.get(id);
      return row ? toUser(row) : null;
    },
    findForLogin: (login: string): { user: User; passwordHash: string } | null => {
      const row = selectByLogin.get(login);
      return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
    },
    passwordHashOf: (id: number): string | null => selectById.get(id)?.password_hash ?? null,
    count: (): number => countUsers.get()?.n ?? 0,
    countActiveAdmins: (): number => countActiveAdmins.get()?.n ?? 0,
    insert: db.transaction(
      (
        user: {
          login: string;
          displayName: string;
          passwordHash: string;
          practitionerId: number | null;
          roles: readonly Role[];
        },
        now: string,
      ): number => {
        const id = Number(insertUser.run({ ...user, now }).lastInsertRowid);
        replaceRoles(id, user.roles);
        return id;
      },
    ),
    update: db.transaction(
      (
        user: {
          id: number;
          displayName: string;
          practitionerId: number | null;
          active: boolean;
          roles: readonly Role[];
        },
        change: { version: number; actingUserId: number; now: string },
      ): boolean => {
        // Compare and set (issue 14): nothing is written if the account changed since `version`.
        const updated = updateUser.run({
          id: user.id,
          displayName: user.displayName,
          practitionerId: user.practitionerId,
          active: user.active ? 1 : 0,
          ...change,
        }).changes;
        if (updated === 0) return false;
        replaceRoles(user.id, user.roles);
        return true;
      },
    ),
    /** Who saved the account last and when. */
    lastChange: (id: number): { by: string | null; at: string } | null => {
      const row = selectById.get(id);
      return row ? { by: row.updated_by_name, at: row.updated_at } : null;
    },
    setPasswordHash: (id: number, hash: string, now: string): void => {
      updatePassword.run(hash, now, id);
    },
    /** Runs several writes as one: all land or none (setup creates the practice and the first account). */
    inTransaction: <T>(work: () => T): T => db.transaction(work)(),
  };
}
export type UsersStore = ReturnType<typeof createUsersStore>;
