import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openDatabase, type Db } from './connection.js';
import { loadMigrations, migrate, type MigrationReport } from './migrate.js';
import { migrationsDir } from './paths.js';

/** Opens (creating if needed) the database file, encrypted with `key`, and brings it to the newest schema. */
export async function openMigratedDatabase(
  file: string,
  key: Buffer | null,
): Promise<{ db: Db; report: MigrationReport }> {
  mkdirSync(dirname(file), { recursive: true });
  const db = openDatabase(file, { key });
  try {
    const report = await migrate(db, file, loadMigrations(migrationsDir()));
    return { db, report };
  } catch (error) {
    db.close();
    throw error;
  }
}
