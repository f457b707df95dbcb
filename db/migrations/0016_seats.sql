-- Issue 14: other seats over the practice network. A seat is paired once with a short code shown
-- on the host; it then carries a token (only its SHA-256 is kept here) and its name goes into the
-- access log. A seat withdrawn keeps its row (the log names it) but its token no longer opens.
CREATE TABLE seats (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,
  token_hash    TEXT NOT NULL UNIQUE,
  paired_at     TEXT NOT NULL,
  paired_by     INTEGER REFERENCES users(id),
  last_seen_at  TEXT,
  revoked_at    TEXT
) STRICT;
CREATE UNIQUE INDEX seats_active_name ON seats (name) WHERE revoked_at IS NULL;
