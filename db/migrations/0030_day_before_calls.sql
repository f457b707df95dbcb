-- Issue 26 item 2, la veille: each attempt to call a patient the day before surgery, reached or
-- not. A reached call's answers are also written to the patient's preferences (signed there);
-- this row keeps what was confirmed on the phone and, when the patient changed the anaesthesia,
-- what it was before, so that the theatre list flags the change to the anaesthetist.
CREATE TABLE day_before_calls (
  id                      INTEGER PRIMARY KEY,
  case_id                 INTEGER NOT NULL REFERENCES theatre_cases(id),
  at                      TEXT NOT NULL,
  reached                 INTEGER NOT NULL CHECK (reached IN (0, 1)),
  answers_json            TEXT NOT NULL DEFAULT '{}',
  anaesthesia_before      TEXT CHECK (anaesthesia_before IN ('walant', 'regional', 'general')),
  anaesthesia_after       TEXT CHECK (anaesthesia_after IN ('walant', 'regional', 'general')),
  notes                   TEXT NOT NULL DEFAULT '',
  user_id                 INTEGER NOT NULL REFERENCES users(id)
) STRICT;
CREATE INDEX day_before_calls_by_case ON day_before_calls(case_id, at);
