-- Issue 10: an identity is "validée" or "qualifiée" only against an identity document seen by a
-- person (RNIV); the kind of document is kept with each change of status.
ALTER TABLE identity_status_changes ADD COLUMN id_document TEXT;
