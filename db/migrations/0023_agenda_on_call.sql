-- Issue 24: a hand-emergency centre opens on holidays and weekends. An on-call exception now
-- opens the hours it names (even on a public holiday), for the emergency motifs only or for all
-- motifs; before this it was recorded and opened nothing. Existing on-call rows keep the
-- narrower scope.
-- Never edit this file once landed: add the next number instead (HOUSE.md rule 5).

ALTER TABLE agenda_exceptions ADD COLUMN on_call_scope TEXT NOT NULL DEFAULT 'emergency'
  CHECK (on_call_scope IN ('emergency', 'all'));
