-- Issue 24 point 15: a series of follow-ups (every Monday for four weeks, at 10 days, 6 weeks and
-- 3 months after the operation) is booked in one go; each occurrence stays an ordinary
-- appointment, tied to its series so that the series can be moved or cancelled as a whole.
-- Never edit this file once landed: add the next number instead (HOUSE.md rule 5).

CREATE TABLE agenda_series (
  id          INTEGER PRIMARY KEY,
  patient_id  INTEGER NOT NULL REFERENCES patients(id),
  motif_id    INTEGER NOT NULL REFERENCES agenda_motifs(id),
  label       TEXT NOT NULL DEFAULT '',
  user_id     INTEGER NOT NULL REFERENCES users(id),
  created_at  TEXT NOT NULL
) STRICT;

ALTER TABLE agenda_appointments ADD COLUMN series_id INTEGER REFERENCES agenda_series(id);
CREATE INDEX agenda_appointments_by_series ON agenda_appointments(series_id) WHERE series_id IS NOT NULL;
