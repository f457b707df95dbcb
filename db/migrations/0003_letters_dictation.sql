-- 0003: letters generated from templates, completed by dictation (issue 4).

-- Every generated letter is kept: a correction is a new version, the earlier one stays.
CREATE TABLE letters (
  id             INTEGER PRIMARY KEY,
  patient_id     INTEGER NOT NULL REFERENCES patients(id),
  visit_id       INTEGER NOT NULL REFERENCES visits(id),
  kind           TEXT NOT NULL,
  version        INTEGER NOT NULL CHECK (version >= 1),
  previous_id    INTEGER REFERENCES letters(id),
  sections       TEXT NOT NULL CHECK (json_valid(sections)),
  docx_sha256    TEXT NOT NULL CHECK (length(docx_sha256) = 64),
  pdf_sha256     TEXT CHECK (pdf_sha256 IS NULL OR length(pdf_sha256) = 64),
  template_sha256 TEXT NOT NULL,
  user_id        INTEGER NOT NULL REFERENCES users(id),
  created_at     TEXT NOT NULL,
  UNIQUE (visit_id, kind, version)
) STRICT;
CREATE INDEX letters_by_patient ON letters(patient_id, created_at);

-- A practice's own template replaces the shipped one of the same kind.
CREATE TABLE letter_templates (
  kind         TEXT PRIMARY KEY,
  file_name    TEXT NOT NULL,
  sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
  user_id      INTEGER NOT NULL REFERENCES users(id),
  uploaded_at  TEXT NOT NULL
) STRICT;

-- Each surgeon's own words (given to the recogniser) and replacements (applied to its text).
CREATE TABLE dictation_vocabulary (
  id       INTEGER PRIMARY KEY,
  user_id  INTEGER NOT NULL REFERENCES users(id),
  spoken   TEXT NOT NULL CHECK (length(spoken) BETWEEN 1 AND 200),
  written  TEXT NOT NULL CHECK (length(written) <= 200),
  UNIQUE (user_id, spoken)
) STRICT;
