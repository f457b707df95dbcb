-- Issue 24 point 2: public holidays are those of the practice's region. Alsace-Moselle adds
-- Good Friday and 26 December, each overseas department its own day; metropolitan France stays
-- the default, so an existing practice keeps the holidays it had.
-- Never edit this file once landed: add the next number instead (HOUSE.md rule 5).

ALTER TABLE practice ADD COLUMN holiday_region TEXT NOT NULL DEFAULT 'metropole'
  CHECK (holiday_region IN ('metropole', '57', '67', '68', 'GP', 'MQ', 'GF', 'RE', 'YT', 'MF', 'BL'));
