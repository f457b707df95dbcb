-- Issue 11: the Secrétariat's counters per category read this index alone, not every stored
-- message (a full scan read 100,000 message bodies: half a second per queue refresh).
CREATE INDEX mail_open_by_category ON mail_messages(state, category, snoozed_until) WHERE direction = 'in' AND archived = 0;
