-- Issue 14: backups that restore. Where they go and the passphrase that encrypts them (sealed,
-- like the mail passwords), and each run with what it checked.
CREATE TABLE backup_settings (
  id                 INTEGER PRIMARY KEY CHECK (id = 1),
  folder             TEXT NOT NULL,
  passphrase_sealed  TEXT NOT NULL,
  enabled            INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  updated_at         TEXT NOT NULL
) STRICT;

CREATE TABLE backup_runs (
  id           INTEGER PRIMARY KEY,
  started_at   TEXT NOT NULL,
  finished_at  TEXT,
  reason       TEXT NOT NULL,
  file         TEXT NOT NULL DEFAULT '',
  size         INTEGER NOT NULL DEFAULT 0,
  ok           INTEGER NOT NULL DEFAULT 0 CHECK (ok IN (0, 1)),
  detail       TEXT NOT NULL DEFAULT ''
) STRICT;
