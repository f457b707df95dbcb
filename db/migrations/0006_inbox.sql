-- Issue 11: the practice mailbox, synced locally and sorted by a written protocol.

-- Secrets (passwords, the client certificate and its passphrase) are sealed by the service
-- before they reach this table (OS keychain in Electron, a key file in browser mode).
CREATE TABLE mail_accounts (
  id                 INTEGER PRIMARY KEY,
  label              TEXT NOT NULL,
  address            TEXT NOT NULL,
  imap_host          TEXT NOT NULL,
  imap_port          INTEGER NOT NULL,
  imap_security      TEXT NOT NULL CHECK (imap_security IN ('tls', 'starttls', 'none')),
  smtp_host          TEXT NOT NULL,
  smtp_port          INTEGER NOT NULL,
  smtp_security      TEXT NOT NULL CHECK (smtp_security IN ('tls', 'starttls', 'none')),
  login              TEXT NOT NULL,
  password_sealed    TEXT NOT NULL,
  client_cert_sealed TEXT,
  client_pass_sealed TEXT,
  server_ca_pem      TEXT NOT NULL DEFAULT '',
  folder_inbox       TEXT NOT NULL DEFAULT 'INBOX',
  folder_sent        TEXT NOT NULL DEFAULT 'Sent',
  folder_archive     TEXT NOT NULL DEFAULT 'Archive',
  enabled            INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
) STRICT;

-- Where the sync of a folder stands: messages are keyed on (UIDVALIDITY, UID), never on flags.
CREATE TABLE mail_sync_state (
  account_id   INTEGER NOT NULL REFERENCES mail_accounts(id),
  folder       TEXT NOT NULL,
  uidvalidity  TEXT NOT NULL,
  last_uid     INTEGER NOT NULL,
  PRIMARY KEY (account_id, folder)
) STRICT;

CREATE TABLE mail_threads (
  id           INTEGER PRIMARY KEY,
  subject_key  TEXT NOT NULL,
  sender       TEXT NOT NULL,
  created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX mail_threads_by_sender ON mail_threads(sender, subject_key);

CREATE TABLE mail_messages (
  id                  INTEGER PRIMARY KEY,
  account_id          INTEGER REFERENCES mail_accounts(id),
  folder              TEXT NOT NULL DEFAULT '',
  uidvalidity         TEXT,
  uid                 INTEGER,
  -- SHA-256 of the raw message: a resync after a UIDVALIDITY change finds what it already has.
  raw_sha256          TEXT NOT NULL,
  direction           TEXT NOT NULL CHECK (direction IN ('in', 'out')),
  message_id          TEXT,
  in_reply_to         TEXT,
  references_json     TEXT NOT NULL DEFAULT '[]',
  thread_id           INTEGER NOT NULL REFERENCES mail_threads(id),
  from_name           TEXT NOT NULL,
  from_address        TEXT NOT NULL,
  to_text             TEXT NOT NULL,
  subject             TEXT NOT NULL,
  sent_at             TEXT,
  received_at         TEXT NOT NULL,
  body_text           TEXT NOT NULL,
  body_html           TEXT,
  problems_json       TEXT NOT NULL DEFAULT '[]',
  category            TEXT NOT NULL,
  -- Lower is more urgent: the queue is read in this order.
  category_rank       INTEGER NOT NULL,
  suggested_category  TEXT NOT NULL,
  reasons_json        TEXT NOT NULL DEFAULT '[]',
  deciding_rules_json TEXT NOT NULL DEFAULT '[]',
  due_at              TEXT,
  state               TEXT NOT NULL DEFAULT 'nouveau'
                      CHECK (state IN ('nouveau', 'a-traiter', 'attente-patient', 'attente-medecin', 'traite')),
  assigned_to         INTEGER REFERENCES users(id),
  snoozed_until       TEXT,
  wake_on_reply       INTEGER NOT NULL DEFAULT 0,
  patient_id          INTEGER REFERENCES patients(id),
  patient_evidence    TEXT NOT NULL DEFAULT '',
  candidates_json     TEXT NOT NULL DEFAULT '[]',
  review_requested    INTEGER NOT NULL DEFAULT 0,
  archived            INTEGER NOT NULL DEFAULT 0,
  remote_images       INTEGER NOT NULL DEFAULT 0,
  UNIQUE (account_id, folder, uidvalidity, uid)
) STRICT;
CREATE INDEX mail_queue ON mail_messages(archived, category_rank, due_at) WHERE direction = 'in';
CREATE INDEX mail_by_message_id ON mail_messages(message_id) WHERE message_id IS NOT NULL;
CREATE INDEX mail_by_raw ON mail_messages(account_id, raw_sha256);
CREATE INDEX mail_by_thread ON mail_messages(thread_id);
CREATE INDEX mail_by_patient ON mail_messages(patient_id) WHERE patient_id IS NOT NULL;

-- Attachments are files of the documents store (by SHA-256), streamed there during sync.
CREATE TABLE mail_attachments (
  id             INTEGER PRIMARY KEY,
  message_id     INTEGER NOT NULL REFERENCES mail_messages(id),
  file_name      TEXT NOT NULL,
  declared_mime  TEXT NOT NULL,
  mime           TEXT NOT NULL,
  size           INTEGER NOT NULL,
  sha256         TEXT,
  refusal        TEXT,
  document_id    INTEGER REFERENCES documents(id)
) STRICT;
CREATE INDEX mail_attachments_by_message ON mail_attachments(message_id);

-- A secretary's correction of the category, kept with the rules that had decided it.
CREATE TABLE mail_corrections (
  id             INTEGER PRIMARY KEY,
  message_id     INTEGER NOT NULL REFERENCES mail_messages(id),
  from_category  TEXT NOT NULL,
  to_category    TEXT NOT NULL,
  rules_json     TEXT NOT NULL,
  user_id        INTEGER NOT NULL REFERENCES users(id),
  at             TEXT NOT NULL
) STRICT;

CREATE TABLE mail_protocol (
  id             INTEGER PRIMARY KEY CHECK (id = 1),
  protocol_json  TEXT NOT NULL CHECK (json_valid(protocol_json)),
  updated_by     INTEGER REFERENCES users(id),
  updated_at     TEXT NOT NULL
) STRICT;

CREATE TABLE mail_canned_replies (
  id          INTEGER PRIMARY KEY,
  title       TEXT NOT NULL,
  body        TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;

CREATE INDEX patients_by_email ON patients(email COLLATE NOCASE) WHERE email <> '';
