-- Issue 26 item 2: the case's patient on each J-1 call, so that the patient's « Échanges » list
-- them in one read. Nullable: SQLite adds a column with a REFERENCES clause only with a NULL
-- default; every call recorded since carries it (the service always writes it).
ALTER TABLE day_before_calls ADD COLUMN patient_id INTEGER REFERENCES patients(id);
UPDATE day_before_calls SET patient_id = (SELECT patient_id FROM theatre_cases WHERE theatre_cases.id = day_before_calls.case_id);
CREATE INDEX day_before_calls_by_patient ON day_before_calls(patient_id, at);
