-- A status reached although the checklist moment gating it was not complete (issue 22): who
-- forced it, when and why, kept on the case and shown on it ([{"status", "reason", "by", "at",
-- "missing"}]). Forcing is rare and always named.
ALTER TABLE theatre_cases ADD COLUMN forced_steps TEXT NOT NULL DEFAULT '[]';
