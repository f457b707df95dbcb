-- Issue 12: the room views. An appointment keeps the room it takes place in, decided at booking
-- (the motif's room, or else the opening's), so a room's day is one indexed read.
ALTER TABLE agenda_appointments ADD COLUMN room TEXT NOT NULL DEFAULT '';
UPDATE agenda_appointments SET room = (SELECT room FROM agenda_motifs m WHERE m.id = agenda_appointments.motif_id);
CREATE INDEX agenda_appointments_by_room ON agenda_appointments(room, local_date, local_time) WHERE room <> '';
-- The slot finder asks for a patient's latest appointment (their usual practitioner ranks first).
CREATE INDEX agenda_appointments_by_patient_time ON agenda_appointments(patient_id, starts_at);
