import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './connection.js';
import { backupDatabase } from './backup.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const MIGRATION_FILE = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export class MigrationError extends Error {}

/** Reads db/migrations/NNNN_name.sql, checking the numbers run 1, 2, 3... with no gap. */
export function loadMigrations(dir: string): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = MIGRATION_FILE.exec(file);
      if (!match?.[1] || !match[2]) throw new MigrationError(`Nom de migration invalide : ${file}`);
      return { version: Number(match[1]), name: match[2], sql: readFileSync(join(dir, file), 'utf8') };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new MigrationError(`Migration manquante ou en double avant ${migration.version}_${migration.name}`);
    }
  });
  return migrations;
}

export function currentVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export interface MigrationReport {
  readonly from: number;
  readonly to: number;
  readonly backupFile: string | null;
}

/**
 * Brings the database to the newest migration. Refuses a database written by a newer Paume
 * (its schema is unknown to us), backs up a non-empty database first, and applies every pending
 * migration in one transaction: either all land or none does.
 */
export async function migrate(db: Db, file: string, migrations: readonly Migration[]): Promise<MigrationReport> {
  const from = currentVersion(db);
  const head = migrations.length;
  if (from > head) {
    throw new MigrationError(
      `Cette base de données (version ${from}) vient d'une version plus récente de Paume (qui connaît la version ${head}). Mettez Paume à jour.`,
    );
  }
  if (from === head) return { from, to: head, backupFile: null };

  let backupFile: string | null = null;
  if (file !== ':memory:' && hasUserData(db, file)) {
    backupFile = `${file}.avant-migration-v${from}-${Date.now()}.sqlite`;
    await backupDatabase(db, backupFile);
  }
  const pending = migrations.filter((migration) => migration.version > from);
  db.transaction(() => {
    for (const migration of pending) db.exec(migration.sql);
    db.pragma(`user_version = ${head}`);
  })();
  return { from, to: head, backupFile };
}

function hasUserData(db: Db, file: string): boolean {
  if (statSync(file, { throwIfNoEntry: false })?.size === 0) return false;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
  return tables.n > 0;
}
