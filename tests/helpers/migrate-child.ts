// A child process for the crash test of migrations (issue 14): migrates the database given as
// argument with Paume's migrations plus one slow last step (millions of rows), so that a
// `kill -9` lands in the middle of the migration's transaction. Says « début » when it starts.
import { openDatabase } from '../../db/connection.js';
import { loadMigrations, migrate } from '../../db/migrate.js';
import { migrationsDir } from '../../db/paths.js';

export const SLOW_ROWS = 3_000_000;
const file = process.argv[2];
if (!file) throw new Error('migrate-child: fichier de base attendu');
const migrations = loadMigrations(migrationsDir());
const slow = {
  version: migrations.length + 1,
  name: 'slow_fill',
  sql: `CREATE TABLE slow_fill AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${SLOW_ROWS})
        SELECT i, hex(randomblob(16)) AS filler FROM n;`,
};
// Migrations are the same in clear or encrypted: this child tests only that they are atomic.
const db = openDatabase(file, { key: null });
process.stdout.write('début\n');
await migrate(db, file, [...migrations, slow]);
db.close();
process.stdout.write('fini\n');
