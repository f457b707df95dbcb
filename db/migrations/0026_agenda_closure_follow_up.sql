-- Issue 24 point 12: an absence or a closure entered over booked patients lists them until each
-- is moved, cancelled or kept on purpose; the patient told of it (by the reminder channel) is
-- dated, so nobody tells them twice.
-- Never edit this file once landed: add the next number instead (HOUSE.md rule 5).

ALTER TABLE agenda_appointments ADD COLUMN closure_kept_at TEXT;
ALTER TABLE agenda_appointments ADD COLUMN closure_notified_at TEXT;
