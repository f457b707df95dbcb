-- Issue 14: accounts carry a version too (two administrators changing one account's roles on two
-- seats): a save on an older version is refused with both versions.
ALTER TABLE users ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN updated_by INTEGER REFERENCES users(id);
