import type { PaumeCore } from '../../electron/core/paume-core.js';

/**
 * Every row of every data table, except those that change on any call by design (sessions
 * touched by activity, the audit log that records refusals): what a refused call must leave as is.
 */
export function wholeDataSnapshot(core: PaumeCore): string {
  const tables = core.db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all()
    .map((row) => row.name)
    .filter((name) => !['sessions', 'audit_log', 'access_log'].includes(name) && !name.includes('fts'));
  // Rows sorted as text: some tables have no rowid to order by.
  return JSON.stringify(
    tables.map((table) => [
      table,
      core.db
        .prepare(`SELECT * FROM "${table}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort(),
    ]),
  );
}

/** Every text value stored anywhere, to check that no control character got in. */
export function storedTexts(core: PaumeCore): string[] {
  const tables = core.db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all()
    .map((row) => row.name)
    .filter((name) => !name.includes('fts'));
  return tables.flatMap((table) =>
    core.db
      .prepare<[], Record<string, unknown>>(`SELECT * FROM "${table}"`)
      .all()
      .flatMap((row) => Object.values(row).filter((value): value is string => typeof value === 'string')),
  );
}
