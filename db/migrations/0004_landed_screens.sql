-- Issue 10: an identity is "validée" or "qualifiée" only against an identity document seen by a
-- person (RNIV); the kind of document is kept with each change of status.
ALTER TABLE identity_status_changes ADD COLUMN id_document TEXT;

-- Issue 10: a vital alert is lifted with a reason, by someone, at a time; it stays in the file's
-- history and can be put back for a while.
ALTER TABLE patient_alerts ADD COLUMN lifted_reason TEXT;
ALTER TABLE patient_alerts ADD COLUMN lifted_by INTEGER REFERENCES users(id);
ALTER TABLE patient_alerts ADD COLUMN lifted_at TEXT;

-- Issue 10: a letter being written is kept as a draft on the server, one per visit and template,
-- so that a tab switch, a reload, another seat or the next day finds it.
CREATE TABLE letter_drafts (
  visit_id   INTEGER NOT NULL REFERENCES visits(id),
  kind       TEXT NOT NULL,
  sections   TEXT NOT NULL,
  user_id    INTEGER NOT NULL REFERENCES users(id),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (visit_id, kind)
) STRICT;
