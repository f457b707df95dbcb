-- Issue 27 item 5: a message's HTML is made safe once, in the mail sync's thread, when it arrives,
-- not each time a person opens it on the server's thread (a 30 MB HTML mail held every seat for
-- seconds at each opening). What is kept for display is bounded; the whole HTML is an attachment.
-- NULL for messages stored before: they are made safe at opening, from their bounded beginning.
-- Never edit this file once landed: add the next number instead (HOUSE.md rule 5).

ALTER TABLE mail_messages ADD COLUMN body_safe_html TEXT;
ALTER TABLE mail_messages ADD COLUMN blocked_images INTEGER NOT NULL DEFAULT 0;
