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

describe('migration 0011_agenda_rooms on a database that holds appointments', () => {
  it('gives each existing appointment its motif’s room, and the room day finds them', async () => {
    const { file } = fileInTempDir();
    const db = openDatabase(file, { key: null });
    cleanups.unshift(() => db.close());
    const migrations = loadMigrations(migrationsDir());
    const rooms = migrations.findIndex((migration) => migration.name === 'agenda_rooms');
    await migrate(db, file, migrations.slice(0, rooms));
    const at = '2026-01-05T08:00:00Z';
    db.prepare(
      "INSERT INTO practitioners (id, kind, title, first_name, last_name, rpps, created_at, updated_at) VALUES (1, 'surgeon', 'Dr', 'Alice', 'Martin', '10000000001', ?, ?)",
    ).run(at, at);
    db.prepare(
      "INSERT INTO users (id, login, display_name, password_hash, created_at, updated_at) VALUES (1, 'alice', 'Dr Alice Martin', 'x', ?, ?)",
    ).run(at, at);
    db.prepare(
      "INSERT INTO patients (id, birth_name, first_names, birth_date, sex, created_at, updated_at) VALUES (1, 'Meunier', 'Léa', '1990-04-02', 'F', ?, ?)",
    ).run(at, at);
    const motif = db.prepare('INSERT INTO agenda_motifs (id, label, duration_minutes, room) VALUES (?, ?, 20, ?)');
    motif.run(1, 'Pansement', 'Salle de soins');
    motif.run(2, 'Consultation', 'Box 2');
    motif.run(3, 'Téléconsultation', '');
    const appointment = db.prepare(
      "INSERT INTO agenda_appointments (practitioner_id, patient_id, motif_id, starts_at, ends_at, local_date, local_time, status, user_id, created_at) VALUES (1, 1, ?, ?, ?, '2026-01-05', ?, ?, 1, ?)",
    );
    appointment.run(1, '2026-01-05T08:00:00Z', '2026-01-05T08:20:00Z', '09:00', 'booked', at);
    appointment.run(2, '2026-01-05T09:00:00Z', '2026-01-05T09:20:00Z', '10:00', 'cancelled', at);
    appointment.run(3, '2026-01-05T10:00:00Z', '2026-01-05T10:20:00Z', '11:00', 'booked', at);

    await migrate(db, file, migrations.slice(0, rooms + 1));
    expect(currentVersion(db)).toBe(rooms + 1);
    expect(db.prepare('SELECT motif_id, room FROM agenda_appointments ORDER BY motif_id').all()).toEqual([
      { motif_id: 1, room: 'Salle de soins' },
      { motif_id: 2, room: 'Box 2' },
      { motif_id: 3, room: '' },
    ]);
    // The room's day, asked as the agenda store asks it, reads the index the migration adds.
    const plan = db
      .prepare(
        "EXPLAIN QUERY PLAN SELECT id FROM agenda_appointments WHERE room = 'Box 2' AND room <> '' AND local_date = '2026-01-05'",
      )
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toContain('agenda_appointments_by_room');

    // And the rest of the migrations go on over those rows up to head.
    await migrate(db, file, migrations);
    expect(currentVersion(db)).toBe(migrations.length);
    expect(db.prepare('SELECT count(*) AS n FROM agenda_appointments').get()).toEqual({ n: 3 });
  });
});
