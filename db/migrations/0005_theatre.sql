-- Issue 13: theatre sessions and their cases, in order, each with the exact site
-- (side, digits, joint or zone) as structured fields, never free text.
CREATE TABLE theatre_sessions (
  id                INTEGER PRIMARY KEY,
  date              TEXT NOT NULL,
  room              TEXT NOT NULL,
  surgeon_id        INTEGER REFERENCES practitioners(id),
  anaesthetist      TEXT NOT NULL DEFAULT '',
  scrub_nurse       TEXT NOT NULL DEFAULT '',
  circulating_nurse TEXT NOT NULL DEFAULT '',
  user_id           INTEGER NOT NULL REFERENCES users(id),
  created_at        TEXT NOT NULL
) STRICT;
CREATE INDEX theatre_sessions_by_date ON theatre_sessions(date);

CREATE TABLE theatre_cases (
  id                  INTEGER PRIMARY KEY,
  session_id          INTEGER NOT NULL REFERENCES theatre_sessions(id),
  position            INTEGER NOT NULL,
  patient_id          INTEGER NOT NULL REFERENCES patients(id),
  procedure           TEXT NOT NULL,
  side                TEXT NOT NULL CHECK (side IN ('left', 'right')),
  digits              TEXT NOT NULL DEFAULT '[]',
  zone                TEXT,
  planned_anaesthesia TEXT NOT NULL CHECK (planned_anaesthesia IN ('walant', 'regional', 'general')),
  estimated_minutes   INTEGER NOT NULL,
  turnover_minutes    INTEGER NOT NULL,
  notes               TEXT NOT NULL DEFAULT '',
  status              TEXT NOT NULL DEFAULT 'planned' CHECK (status IN
                        ('planned', 'called', 'in_room', 'induction', 'incision', 'end', 'recovery', 'left', 'postponed', 'cancelled')),
  -- When each status was reached ({"called": "2026-11-26T08:10:00.000Z", ...}), and why a case was postponed or cancelled.
  status_times        TEXT NOT NULL DEFAULT '{}',
  status_reason       TEXT NOT NULL DEFAULT '',
  -- The visit the operative report is written on, made when the report is first opened.
  visit_id            INTEGER REFERENCES visits(id),
  user_id             INTEGER NOT NULL REFERENCES users(id),
  created_at          TEXT NOT NULL
) STRICT;
CREATE INDEX theatre_cases_by_session ON theatre_cases(session_id, position);

-- The HAS checklist, one answer per item and case, never overwritten: a second seat answering
-- the same item sees the first answer (the primary key refuses the second).
CREATE TABLE theatre_checklist_answers (
  case_id    INTEGER NOT NULL REFERENCES theatre_cases(id),
  item_id    TEXT NOT NULL,
  answer     TEXT NOT NULL CHECK (answer IN ('yes', 'no', 'na')),
  decision   TEXT CHECK (decision IN ('go', 'nogo')),
  reason     TEXT NOT NULL DEFAULT '',
  user_id    INTEGER NOT NULL REFERENCES users(id),
  at         TEXT NOT NULL,
  PRIMARY KEY (case_id, item_id)
) STRICT;
