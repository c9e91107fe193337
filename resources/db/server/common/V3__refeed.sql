-- Re-feed on assignment (docs/sync.md). The pull feed is filtered by what the officer may see when
-- the laptop asks, so a laptop whose cursor passed a case's records before its officer was
-- assigned to the case would never receive them. When a case gains an officer, each current
-- record of the case gets one row here, for that officer, at a fresh sequence taken in the same
-- transaction as the assignment: pull serves the change it names (original_sequence) again at
-- that sequence. Written once with the assignment, so exactly once and kept across restarts.
CREATE TABLE refeed (
    sequence           BIGINT PRIMARY KEY,
    officer_id         VARCHAR(64) NOT NULL,
    entity             VARCHAR(16) NOT NULL,
    entity_id          VARCHAR(64) NOT NULL,
    original_sequence  BIGINT NOT NULL
);

-- A case's records, found when the case gains an officer.
CREATE INDEX entities_case ON entities (case_id);
