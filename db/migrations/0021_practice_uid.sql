-- Issue 27: the practice's own identifier, written into every backup, so that restoring another
-- practice's backup is seen (a name can be shared or changed; this cannot). Set once, never edited.
-- Never edit this file once landed: add 0022_... instead (HOUSE.md rule 5).

ALTER TABLE practice ADD COLUMN uid TEXT NOT NULL DEFAULT '';
UPDATE practice SET uid = lower(hex(randomblob(16))) WHERE uid = '';
