-- Issue 12: a reminder is sent once per appointment, two days before; when it went is kept.
ALTER TABLE agenda_appointments ADD COLUMN reminded_at TEXT;
