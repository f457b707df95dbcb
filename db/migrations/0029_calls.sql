-- Issue 26: the cahier d'appels. Every call taken is kept here (the evidence when a call is
-- disputed) and is also a request of the secretariat's one queue: its row in mail_messages,
-- channel 'telephone', carries the states, the assignment, the deadline and the keys of the mail.
ALTER TABLE mail_messages ADD COLUMN channel TEXT NOT NULL DEFAULT 'mail' CHECK (channel IN ('mail', 'telephone'));

CREATE TABLE calls (
  id                 INTEGER PRIMARY KEY,
  at                 TEXT NOT NULL,
  number             TEXT NOT NULL,
  caller_kind        TEXT NOT NULL CHECK (caller_kind IN ('patient', 'proche', 'medecin', 'pharmacie', 'autre')),
  caller_name        TEXT NOT NULL,
  patient_id         INTEGER REFERENCES patients(id),
  notes              TEXT NOT NULL CHECK (length(notes) > 0),
  category           TEXT NOT NULL,
  suggested_category TEXT NOT NULL,
  lowering_reason    TEXT NOT NULL DEFAULT '',
  reasons_json       TEXT NOT NULL DEFAULT '[]',
  outcome            TEXT NOT NULL CHECK (outcome IN ('rdv', 'rappeler', 'conseil', 'oriente', 'chirurgien')),
  outcome_detail     TEXT NOT NULL DEFAULT '',
  message_id         INTEGER NOT NULL REFERENCES mail_messages(id),
  taken_by           INTEGER NOT NULL REFERENCES users(id)
) STRICT;
CREATE INDEX calls_by_time ON calls(at);
CREATE INDEX calls_by_patient ON calls(patient_id) WHERE patient_id IS NOT NULL;
CREATE UNIQUE INDEX calls_by_message ON calls(message_id);

-- The practice's own words to say to a caller, per category; a category without a row uses Paume's default.
CREATE TABLE call_first_aid (
  category      TEXT PRIMARY KEY,
  instructions  TEXT NOT NULL,
  updated_by    INTEGER NOT NULL REFERENCES users(id),
  updated_at    TEXT NOT NULL
) STRICT;
