-- Issue 14: nothing lost on a concurrent edit, beyond the patient's identity. A preference (the
-- music, the anaesthesia, the personal details read in theatre), a consultation, a practitioner
-- and the practice carry a version raised by every change: a save based on an older one is
-- refused with both versions instead of silently overwriting.
ALTER TABLE patient_preferences ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE visits ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE visits ADD COLUMN updated_at TEXT;
ALTER TABLE visits ADD COLUMN updated_by INTEGER REFERENCES users(id);
ALTER TABLE practitioners ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE practitioners ADD COLUMN updated_by INTEGER REFERENCES users(id);
ALTER TABLE practice ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE practice ADD COLUMN updated_by INTEGER REFERENCES users(id);
