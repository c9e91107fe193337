-- The audit chain's head kept outside the audit table, so that cutting the chain short (deleting
-- its last events, or all of them) shows: in the settings row 'audit.head' (same transaction as
-- the event), on every sealed record (the record.sealed event), and in each outbox row (the head
-- when the operation was queued; the court server keeps it). `audit verify` compares them all.

ALTER TABLE records ADD COLUMN chain_seq INTEGER;
ALTER TABLE records ADD COLUMN chain_hash TEXT;
ALTER TABLE outbox ADD COLUMN chain_seq INTEGER;
ALTER TABLE outbox ADD COLUMN chain_hash TEXT;

CREATE TRIGGER audit_events_head AFTER INSERT ON audit_events
BEGIN
    INSERT OR REPLACE INTO settings (key, value) VALUES ('audit.head', NEW.seq || ' ' || NEW.hash);
END;

CREATE TRIGGER outbox_head AFTER INSERT ON outbox
BEGIN
    UPDATE outbox
       SET chain_seq = (SELECT seq FROM audit_events ORDER BY seq DESC LIMIT 1),
           chain_hash = (SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1)
     WHERE seq = NEW.seq;
END;

-- A sealed record still never changes, except that its chain head is written once.
DROP TRIGGER records_sealed_no_update;
CREATE TRIGGER records_sealed_no_update BEFORE UPDATE ON records WHEN OLD.state = 'sealed'
    AND NOT (OLD.chain_seq IS NULL AND NEW.chain_seq IS NOT NULL AND NEW.chain_hash IS NOT NULL
        AND NEW.seq IS OLD.seq AND NEW.id IS OLD.id AND NEW.case_id IS OLD.case_id AND NEW.type IS OLD.type
        AND NEW.state IS OLD.state AND NEW.doc IS OLD.doc AND NEW.seal_sha256 IS OLD.seal_sha256
        AND NEW.sealed_at IS OLD.sealed_at AND NEW.amends IS OLD.amends AND NEW.version IS OLD.version
        AND NEW.updated_at IS OLD.updated_at)
BEGIN
    SELECT RAISE(ABORT, 'sealed records never change');
END;

CREATE TRIGGER audit_events_seal_head AFTER INSERT ON audit_events WHEN NEW.action = 'record.sealed'
BEGIN
    UPDATE records SET chain_seq = NEW.seq, chain_hash = NEW.hash
     WHERE id = NEW.entity_id AND chain_seq IS NULL;
END;

-- Files from before: the heads their chain has now.
UPDATE records
   SET chain_seq = (SELECT e.seq FROM audit_events e WHERE e.action = 'record.sealed' AND e.entity_id = records.id
                     ORDER BY e.seq DESC LIMIT 1),
       chain_hash = (SELECT e.hash FROM audit_events e WHERE e.action = 'record.sealed' AND e.entity_id = records.id
                     ORDER BY e.seq DESC LIMIT 1)
 WHERE state = 'sealed';

INSERT OR REPLACE INTO settings (key, value)
    SELECT 'audit.head', seq || ' ' || hash FROM audit_events ORDER BY seq DESC LIMIT 1;

-- The case list's order, read a page at a time from the first screen on: no sort at start-up.
CREATE INDEX cases_list_order ON cases (filing_date DESC, case_number);
