-- Issue 14: nothing lost on a concurrent edit. A patient's file carries a version, raised by every
-- change, and who made the last one: a save based on an older version is refused with both sides.
ALTER TABLE patients ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE patients ADD COLUMN updated_by INTEGER REFERENCES users(id);
