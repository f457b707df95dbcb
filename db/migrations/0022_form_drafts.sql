-- What a person has typed in a form and not saved yet (a consultation, a new file, a reply), kept
-- on the server for that person (issue 22 item 9): logging out keeps it as promised, and another
-- seat or the next day finds it. One row per person and form; the value is the form's JSON.
CREATE TABLE form_drafts (
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  draft_key TEXT NOT NULL,
  value_json TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  PRIMARY KEY (user_id, draft_key)
) STRICT;
