-- Issue 14: the log becomes a hash chain. Each entry holds the hash of the one before it and its
-- own, SHA-256 over the previous hash and the entry's fields (electron/services/audit/chain.ts),
-- so an entry changed, removed or inserted in the file breaks the chain from there on.
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;

-- Still append-only, with one exception: an entry written before the chain existed is sealed
-- once (its two hashes set, nothing else touched) when Paume opens the database.
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN OLD.hash IS NOT NULL OR NEW.hash IS NULL OR NEW.prev_hash IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.user_id IS NOT OLD.user_id
  OR NEW.seat IS NOT OLD.seat OR NEW.action IS NOT OLD.action OR NEW.outcome IS NOT OLD.outcome
  OR NEW.detail IS NOT OLD.detail OR NEW.patient_id IS NOT OLD.patient_id
  OR NEW.previous_value IS NOT OLD.previous_value
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- The chain's head as it was at each backup: a log cut short after a backup is seen, since the
-- entry recorded here is then missing or different.
CREATE TABLE audit_chain_heads (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  entry_id  INTEGER NOT NULL,
  hash      TEXT NOT NULL,
  reason    TEXT NOT NULL
) STRICT;
CREATE TRIGGER audit_chain_heads_no_update BEFORE UPDATE ON audit_chain_heads
BEGIN SELECT RAISE(ABORT, 'audit_chain_heads is append-only'); END;
CREATE TRIGGER audit_chain_heads_no_delete BEFORE DELETE ON audit_chain_heads
BEGIN SELECT RAISE(ABORT, 'audit_chain_heads is append-only'); END;
