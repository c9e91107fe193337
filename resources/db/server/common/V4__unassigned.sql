-- Unassignment notices (docs/sync.md, "Taken off a case"). When a case loses an officer (the office
-- hands it to another or takes him off, or the officer's court changes so that the case is no
-- longer his to see), the officer's laptops are told through the pull feed: one row here per
-- officer and case, at a fresh sequence taken in the same transaction, served like a change
-- (op 'unassign', no payload). Written once with the change, so kept across restarts.
CREATE TABLE unassigned (
    sequence    BIGINT PRIMARY KEY,
    officer_id  VARCHAR(64) NOT NULL,
    case_id     VARCHAR(64) NOT NULL
);

CREATE INDEX unassigned_officer_case ON unassigned (officer_id, case_id);

-- The highest cursor a device has asked to pull after: the laptop has stored every change up to
-- it, so it holds every unassignment notice at or below it. An operation on a case the officer was
-- taken off is accepted only from a device that had not yet stored the notice (made while assigned).
ALTER TABLE devices ADD COLUMN pulled_to BIGINT NOT NULL DEFAULT 0;
