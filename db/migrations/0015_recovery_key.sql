-- Issue 14: encryption at rest. The recovery key itself is never stored here (the database is
-- what it opens); this row says where the key came from and whether an administrator has shown,
-- printed and typed it back, which the app requires before it goes on after the first setup.
-- key_check is a fingerprint of the key (HMAC, not the key): a database restored into a folder
-- with another key, or opened with a new one, sees the change and asks for the new recovery key.
CREATE TABLE recovery_key (
  id            INTEGER PRIMARY KEY CHECK (id = 1),
  origin        TEXT NOT NULL CHECK (origin IN ('generated', 'stored', 'supplied')),
  key_check     TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  confirmed_at  TEXT,
  confirmed_by  INTEGER REFERENCES users(id)
) STRICT;
