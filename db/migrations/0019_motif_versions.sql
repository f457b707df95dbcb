-- Issue 14: appointment motifs carry a version (two administrators adjusting one motif): a save
-- on an older version is refused with both versions.
ALTER TABLE agenda_motifs ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE agenda_motifs ADD COLUMN updated_at TEXT;
ALTER TABLE agenda_motifs ADD COLUMN updated_by INTEGER REFERENCES users(id);
