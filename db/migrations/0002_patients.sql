-- 0002: the patient file (issue 3): identity under INS rules, the person behind it, visits,
-- documents, preferences for theatre, and every access traced in the audit log.

-- The directory of doctors (GPs, referrers) grows as people are entered.
CREATE TABLE doctors (
  id          INTEGER PRIMARY KEY,
  title       TEXT NOT NULL DEFAULT 'Dr',
  first_name  TEXT NOT NULL DEFAULT '',
  last_name   TEXT NOT NULL,
  specialty   TEXT NOT NULL DEFAULT '',
  rpps        TEXT,
  city        TEXT NOT NULL DEFAULT '',
  phone       TEXT NOT NULL DEFAULT '',
  email       TEXT NOT NULL DEFAULT '',
  search_key  TEXT NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX doctors_by_search_key ON doctors(search_key);

CREATE TABLE patients (
  id                   INTEGER PRIMARY KEY,
  -- Strict identity traits (INS): as on the identity document.
  birth_name           TEXT NOT NULL,
  first_names          TEXT NOT NULL,
  birth_date           TEXT NOT NULL CHECK (birth_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  sex                  TEXT NOT NULL CHECK (sex IN ('F', 'M', 'I')),
  birthplace_insee     TEXT NOT NULL DEFAULT '',
  used_name            TEXT NOT NULL DEFAULT '',
  used_first_name      TEXT NOT NULL DEFAULT '',
  nir                  TEXT,
  identity_status      TEXT NOT NULL DEFAULT 'provisional'
                       CHECK (identity_status IN ('provisional', 'retrieved', 'validated', 'qualified')),
  -- Contact and the person.
  phone_mobile         TEXT NOT NULL DEFAULT '',
  phone_other          TEXT NOT NULL DEFAULT '',
  email                TEXT NOT NULL DEFAULT '',
  address_line         TEXT NOT NULL DEFAULT '',
  postal_code          TEXT NOT NULL DEFAULT '',
  city                 TEXT NOT NULL DEFAULT '',
  preferred_channel    TEXT NOT NULL DEFAULT 'phone' CHECK (preferred_channel IN ('phone', 'sms', 'email', 'letter')),
  gp_id                INTEGER REFERENCES doctors(id),
  referrer_id          INTEGER REFERENCES doctors(id),
  occupation           TEXT NOT NULL DEFAULT '',
  employer             TEXT NOT NULL DEFAULT '',
  dominant_hand        TEXT CHECK (dominant_hand IN ('left', 'right', 'both')),
  work_accident        INTEGER NOT NULL DEFAULT 0 CHECK (work_accident IN (0, 1)),
  work_accident_date   TEXT,
  work_accident_employer TEXT NOT NULL DEFAULT '',
  work_accident_insurer  TEXT NOT NULL DEFAULT '',
  deceased_on          TEXT,
  merged_into          INTEGER REFERENCES patients(id),
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL
) STRICT;
CREATE INDEX patients_by_birth_date ON patients(birth_date);
CREATE UNIQUE INDEX patients_by_nir ON patients(nir) WHERE nir IS NOT NULL AND merged_into IS NULL;

-- Search tokens: normalised names (no accents, lower case, hyphens and spaces both ways),
-- '#'-prefixed phone digits, '!'-prefixed NIR. A prefix search is one range scan of this index.
CREATE TABLE patient_search (
  token       TEXT NOT NULL,
  patient_id  INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
  PRIMARY KEY (token, patient_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX patient_search_by_patient ON patient_search(patient_id, token);

CREATE TABLE identity_status_changes (
  id          INTEGER PRIMARY KEY,
  patient_id  INTEGER NOT NULL REFERENCES patients(id),
  from_status TEXT NOT NULL,
  to_status   TEXT NOT NULL,
  reason      TEXT NOT NULL CHECK (length(reason) > 0),
  user_id     INTEGER NOT NULL REFERENCES users(id),
  at          TEXT NOT NULL
) STRICT;

CREATE TABLE patient_alerts (
  id          INTEGER PRIMARY KEY,
  patient_id  INTEGER NOT NULL REFERENCES patients(id),
  kind        TEXT NOT NULL CHECK (kind IN ('allergy', 'anticoagulant', 'antiplatelet', 'diabetes', 'smoking', 'tetanus', 'other')),
  detail      TEXT NOT NULL DEFAULT '',
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  user_id     INTEGER NOT NULL REFERENCES users(id),
  at          TEXT NOT NULL
) STRICT;
CREATE INDEX patient_alerts_by_patient ON patient_alerts(patient_id);

-- What the patient wants in theatre: one row per item, with who entered it and when.
CREATE TABLE patient_preferences (
  patient_id  INTEGER NOT NULL REFERENCES patients(id),
  item        TEXT NOT NULL,
  value       TEXT NOT NULL CHECK (json_valid(value)),
  user_id     INTEGER NOT NULL REFERENCES users(id),
  at          TEXT NOT NULL,
  PRIMARY KEY (patient_id, item)
) STRICT;

CREATE TABLE visits (
  id               INTEGER PRIMARY KEY,
  patient_id       INTEGER NOT NULL REFERENCES patients(id),
  date             TEXT NOT NULL,
  practitioner_id  INTEGER REFERENCES practitioners(id),
  kind             TEXT NOT NULL CHECK (kind IN ('emergency', 'scheduled', 'postop', 'dressing')),
  notes            TEXT NOT NULL DEFAULT '',
  diagnosis        TEXT NOT NULL DEFAULT '',
  side             TEXT CHECK (side IN ('left', 'right', 'both')),
  digits           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(digits)),
  user_id          INTEGER REFERENCES users(id),
  created_at       TEXT NOT NULL
) STRICT;
CREATE INDEX visits_by_patient_date ON visits(patient_id, date);

-- Files live outside the database (documents/<sha256>), checked by their checksum.
CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  patient_id  INTEGER NOT NULL REFERENCES patients(id),
  visit_id    INTEGER REFERENCES visits(id),
  file_name   TEXT NOT NULL,
  mime        TEXT NOT NULL,
  size        INTEGER NOT NULL,
  sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
  user_id     INTEGER REFERENCES users(id),
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX documents_by_patient ON documents(patient_id);

CREATE TABLE patient_merges (
  id          INTEGER PRIMARY KEY,
  kept_id     INTEGER NOT NULL REFERENCES patients(id),
  merged_id   INTEGER NOT NULL REFERENCES patients(id),
  reason      TEXT NOT NULL,
  snapshot    TEXT NOT NULL CHECK (json_valid(snapshot)),
  user_id     INTEGER NOT NULL REFERENCES users(id),
  at          TEXT NOT NULL
) STRICT;

-- Every read and change of a patient's data goes to the (append-only) audit log, with the
-- patient it concerns and, for a change, the previous value.
ALTER TABLE audit_log ADD COLUMN patient_id INTEGER REFERENCES patients(id);
ALTER TABLE audit_log ADD COLUMN previous_value TEXT;
CREATE INDEX audit_by_patient ON audit_log(patient_id, at) WHERE patient_id IS NOT NULL;
CREATE INDEX audit_by_at ON audit_log(at);
