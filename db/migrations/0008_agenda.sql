-- Issue 12: the practice's time. Times of day are local (Europe/Paris) 'HH:MM'; an appointment
-- keeps its instant (UTC) and its local day and time, so 09:00 stays 09:00 across a change of hour.

CREATE TABLE agenda_motifs (
  id                 INTEGER PRIMARY KEY,
  label              TEXT NOT NULL,
  duration_minutes   INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
  colour             TEXT NOT NULL DEFAULT 'blue',
  room               TEXT NOT NULL DEFAULT '',
  instructions       TEXT NOT NULL DEFAULT '',
  emergency_allowed  INTEGER NOT NULL DEFAULT 0 CHECK (emergency_allowed IN (0, 1)),
  active             INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE agenda_motif_practitioners (
  motif_id         INTEGER NOT NULL REFERENCES agenda_motifs(id),
  practitioner_id  INTEGER NOT NULL REFERENCES practitioners(id),
  PRIMARY KEY (motif_id, practitioner_id)
) STRICT;

-- A practitioner's week: opening periods by day of the week (1 = Monday), some held back for
-- emergencies and released to everyone at a set time.
CREATE TABLE agenda_periods (
  id               INTEGER PRIMARY KEY,
  practitioner_id  INTEGER NOT NULL REFERENCES practitioners(id),
  weekday          INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_time       TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  end_time         TEXT NOT NULL CHECK (end_time GLOB '[0-2][0-9]:[0-5][0-9]' AND end_time > start_time),
  room             TEXT NOT NULL DEFAULT '',
  held_for_emergencies INTEGER NOT NULL DEFAULT 0 CHECK (held_for_emergencies IN (0, 1)),
  release          TEXT CHECK (release IN ('day-before-17', 'same-day-11')),
  valid_from       TEXT NOT NULL,
  valid_until      TEXT
) STRICT;
CREATE INDEX agenda_periods_by_practitioner ON agenda_periods(practitioner_id, weekday);

-- Days (or hours of a day) when a practitioner, or everybody, does not consult.
CREATE TABLE agenda_exceptions (
  id               INTEGER PRIMARY KEY,
  practitioner_id  INTEGER REFERENCES practitioners(id),
  date             TEXT NOT NULL,
  start_time       TEXT,
  end_time         TEXT,
  kind             TEXT NOT NULL CHECK (kind IN ('holiday', 'absence', 'on-call', 'theatre')),
  label            TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX agenda_exceptions_by_date ON agenda_exceptions(date);

CREATE TABLE agenda_appointments (
  id               INTEGER PRIMARY KEY,
  practitioner_id  INTEGER NOT NULL REFERENCES practitioners(id),
  patient_id       INTEGER NOT NULL REFERENCES patients(id),
  motif_id         INTEGER NOT NULL REFERENCES agenda_motifs(id),
  starts_at        TEXT NOT NULL,
  ends_at          TEXT NOT NULL,
  local_date       TEXT NOT NULL,
  local_time       TEXT NOT NULL,
  status           TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled', 'no-show')),
  cancel_reason    TEXT NOT NULL DEFAULT '',
  notes            TEXT NOT NULL DEFAULT '',
  inbox_message_id INTEGER REFERENCES mail_messages(id),
  user_id          INTEGER NOT NULL REFERENCES users(id),
  created_at       TEXT NOT NULL
) STRICT;
CREATE INDEX agenda_appointments_by_day ON agenda_appointments(practitioner_id, local_date, local_time);
CREATE INDEX agenda_appointments_by_patient ON agenda_appointments(patient_id);
-- The last guard against a double booking: one live appointment per practitioner and start.
CREATE UNIQUE INDEX agenda_one_booking_per_start ON agenda_appointments(practitioner_id, starts_at) WHERE status = 'booked';

CREATE TABLE agenda_waitlist (
  id               INTEGER PRIMARY KEY,
  patient_id       INTEGER NOT NULL REFERENCES patients(id),
  motif_id         INTEGER NOT NULL REFERENCES agenda_motifs(id),
  practitioner_id  INTEGER REFERENCES practitioners(id),
  asked_on         TEXT NOT NULL,
  note             TEXT NOT NULL DEFAULT '',
  status           TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'booked', 'withdrawn'))
) STRICT;
CREATE INDEX agenda_waitlist_by_motif ON agenda_waitlist(motif_id, status, asked_on);
