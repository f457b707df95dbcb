-- Issue 12: the waiting room. Where each of today's patients is, with the time of each step.
ALTER TABLE agenda_appointments ADD COLUMN flow TEXT NOT NULL DEFAULT 'expected'
  CHECK (flow IN ('expected', 'arrived', 'waiting', 'in-consultation', 'seen', 'left', 'absent'));
ALTER TABLE agenda_appointments ADD COLUMN flow_times TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(flow_times));
ALTER TABLE agenda_appointments ADD COLUMN walk_in INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1));
