-- Issue 26 item 3, le lendemain: each J+1 follow-up call of a patient who left the day before,
-- reached or not, with the answers, what raised an alert, and the request put in the
-- secretariat's queue for the surgeon when one did.
CREATE TABLE day_after_calls (
  id                  INTEGER PRIMARY KEY,
  case_id             INTEGER NOT NULL REFERENCES theatre_cases(id),
  patient_id          INTEGER NOT NULL REFERENCES patients(id),
  at                  TEXT NOT NULL,
  reached             INTEGER NOT NULL CHECK (reached IN (0, 1)),
  answers_json        TEXT NOT NULL DEFAULT 'null',
  alerts_json         TEXT NOT NULL DEFAULT '[]',
  request_id          INTEGER REFERENCES mail_messages(id),
  notes               TEXT NOT NULL DEFAULT '',
  user_id             INTEGER NOT NULL REFERENCES users(id)
) STRICT;
CREATE INDEX day_after_calls_by_case ON day_after_calls(case_id, at);
CREATE INDEX day_after_calls_by_patient ON day_after_calls(patient_id, at);

-- The practice's alert thresholds (Cabinet): one row once set, the defaults until then.
CREATE TABLE day_after_thresholds (
  id                    INTEGER PRIMARY KEY CHECK (id = 1),
  pain_at_least         INTEGER NOT NULL CHECK (pain_at_least BETWEEN 1 AND 10),
  temperature_at_least  REAL NOT NULL CHECK (temperature_at_least BETWEEN 37 AND 40),
  no_answer_by          TEXT NOT NULL,
  user_id               INTEGER NOT NULL REFERENCES users(id),
  updated_at            TEXT NOT NULL
) STRICT;
