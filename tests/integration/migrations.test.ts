import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection.js';
import { currentVersion, loadMigrations, migrate, MigrationError } from '../../db/migrate.js';
import { openMigratedDatabase } from '../../db/open-migrated.js';
import { migrationsDir } from '../../db/paths.js';
import { tempDir } from '../helpers/temp-core.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((cleanup) => {
    cleanup();
  });
});
function fileInTempDir() {
  const { dir, remove } = tempDir();
  cleanups.push(remove);
  return { dir, file: join(dir, 'paume.sqlite') };
}

describe('migration runner', () => {
  it('creates a fresh database at the newest version with the pragmas health data needs', async () => {
    const { file } = fileInTempDir();
    const { db, report } = await openMigratedDatabase(file, null);
    cleanups.unshift(() => db.close());
    expect(report).toEqual({ from: 0, to: loadMigrations(migrationsDir()).length, backupFile: null });
    expect(currentVersion(db)).toBe(report.to);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as {
      name: string;
      sql: string;
    }[];
    for (const table of tables) expect(table.sql, table.name).toMatch(/\) STRICT(, WITHOUT ROWID)?$/);
  });

  it('does nothing on a database already at head, and keeps no backup', async () => {
    const { dir, file } = fileInTempDir();
    (await openMigratedDatabase(file, null)).db.close();
    const { db, report } = await openMigratedDatabase(file, null);
    db.close();
    expect(report.from).toBe(report.to);
    expect(readdirSync(dir).filter((name) => name.includes('avant-migration'))).toEqual([]);
  });

  it('refuses a database written by a newer Paume, without touching it', async () => {
    const { file } = fileInTempDir();
    const db = openDatabase(file, { key: null });
    db.pragma('user_version = 999');
    db.close();
    await expect(openMigratedDatabase(file, null)).rejects.toThrow(/version plus récente de Paume/);
    const again = openDatabase(file, { key: null });
    expect(currentVersion(again)).toBe(999);
    again.close();
  });

  it('backs up a non-empty database before migrating it', async () => {
    const { dir, file } = fileInTempDir();
    const db = openDatabase(file, { key: null });
    db.exec("CREATE TABLE earlier (note TEXT) STRICT; INSERT INTO earlier VALUES ('données existantes');");
    const report = await migrate(db, file, loadMigrations(migrationsDir()));
    db.close();
    expect(report.backupFile).not.toBeNull();
    expect(existsSync(report.backupFile as string)).toBe(true);
    const backup = openDatabase(report.backupFile as string, { readonly: true, key: null });
    expect(backup.prepare('SELECT note FROM earlier').get()).toEqual({ note: 'données existantes' });
    expect(currentVersion(backup)).toBe(0);
    backup.close();
    expect(readdirSync(dir).some((name) => name.includes('avant-migration-v0'))).toBe(true);
  });

  it('applies pending migrations in one transaction: a failing one leaves nothing behind', async () => {
    const { file } = fileInTempDir();
    const db = openDatabase(file, { key: null });
    const broken = [
      { version: 1, name: 'good', sql: 'CREATE TABLE first_table (id INTEGER PRIMARY KEY) STRICT;' },
      { version: 2, name: 'bad', sql: 'CREATE TABLE second_table (id INTEGER PRIMARY KEY) STRICT; THIS IS NOT SQL;' },
    ];
    await expect(migrate(db, file, broken)).rejects.toThrow();
    expect(currentVersion(db)).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all()).toEqual([]);
    db.close();
  });

  it('refuses a gap in the numbering of the migration files', () => {
    expect(() =>
      loadMigrations(join(migrationsDir(), '..', '..', 'tests', 'integration', 'fixtures', 'gap-migrations')),
    ).toThrow(MigrationError);
  });
});

describe('migration 0001_foundation', () => {
  it('keeps the audit log append-only, enforces roles and RPPS length', async () => {
    const { file } = fileInTempDir();
    const { db } = await openMigratedDatabase(file, null);
    cleanups.unshift(() => db.close());
    db.prepare(
      "INSERT INTO audit_log (at, seat, action, outcome) VALUES ('2026-11-24T08:00:00Z', 'test', 'x', 'ok')",
    ).run();
    expect(() => db.prepare("UPDATE audit_log SET action = 'changed'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.prepare(
      "INSERT INTO users (login, display_name, password_hash, created_at, updated_at) VALUES ('a', 'A', 'h', 'now', 'now')",
    ).run();
    expect(() => db.prepare("INSERT INTO user_roles (user_id, role) VALUES (1, 'janitor')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO user_roles (user_id, role) VALUES (42, 'admin')").run()).toThrow(
      /FOREIGN KEY/,
    );
    expect(() =>
      db
        .prepare(
          "INSERT INTO practitioners (kind, title, first_name, last_name, rpps, created_at, updated_at) VALUES ('surgeon', 'Dr', 'A', 'B', '123', 'now', 'now')",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO practice (id, name, updated_at) VALUES (2, 'Second', 'now')").run()).toThrow(
      /CHECK/,
    );
  });
});
