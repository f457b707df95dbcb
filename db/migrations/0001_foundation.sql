-- 0001: the practice, its practitioners, the people who log in, their sessions, and the audit log.
-- Never edit this file once landed: add 0002_... instead (HOUSE.md rule 5).

CREATE TABLE practice (
  id                  INTEGER PRIMARY KEY CHECK (id = 1),
  name                TEXT NOT NULL,
  address_line        TEXT NOT NULL DEFAULT '',
  postal_code         TEXT NOT NULL DEFAULT '',
  city                TEXT NOT NULL DEFAULT '',
  phone               TEXT NOT NULL DEFAULT '',
  email               TEXT NOT NULL DEFAULT '',
  finess              TEXT NOT NULL DEFAULT '',
  lock_after_minutes  INTEGER NOT NULL DEFAULT 10 CHECK (lock_after_minutes BETWEEN 1 AND 240),
  updated_at          TEXT NOT NULL
) STRICT;

CREATE TABLE practitioners (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('surgeon', 'anaesthetist')),
  title       TEXT NOT NULL CHECK (title IN ('Dr', 'Pr', 'M.', 'Mme')),
  first_name  TEXT NOT NULL,
  last_name   TEXT NOT NULL,
  rpps        TEXT NOT NULL UNIQUE CHECK (length(rpps) = 11),
  specialty   TEXT NOT NULL DEFAULT '',
  signature   TEXT NOT NULL DEFAULT '',
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE users (
  id               INTEGER PRIMARY KEY,
  login            TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name     TEXT NOT NULL,
  password_hash    TEXT NOT NULL,
  practitioner_id  INTEGER REFERENCES practitioners(id),
  active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;

-- A person may hold several roles: the first administrator is usually also a surgeon.
CREATE TABLE user_roles (
  user_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role     TEXT NOT NULL CHECK (role IN ('surgeon', 'secretary', 'theatre', 'admin')),
  PRIMARY KEY (user_id, role)
) STRICT;

-- Only a hash of the session token is stored: a copy of the database file does not log anyone in.
CREATE TABLE sessions (
  token_hash     TEXT PRIMARY KEY,
  user_id        INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  seat           TEXT NOT NULL,
  created_at_ms  INTEGER NOT NULL,
  last_seen_ms   INTEGER NOT NULL,
  locked         INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1))
) STRICT;
CREATE INDEX sessions_by_user ON sessions(user_id);

-- Who did what, when, from which seat. It can only grow: the triggers below refuse any change.
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  user_id     INTEGER REFERENCES users(id),
  seat        TEXT NOT NULL,
  action      TEXT NOT NULL,
  outcome     TEXT NOT NULL CHECK (outcome IN ('ok', 'refused', 'error')),
  detail      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX audit_by_user ON audit_log(user_id, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
