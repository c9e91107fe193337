-- The client side of sync with the court server (docs/sync.md, "Client side"). The domain write
-- and its outbox row still commit in one transaction (store.outbox.ActionLog); these tables only
-- remember how far the sync engine got, so that a kill or a power cut at any moment resumes.

-- Outbox states: pending (not yet in a batch), sent (in a batch whose answer has not been stored:
-- sent again on resume, the server answers a repeated op_id with its stored result), confirmed
-- (the server applied it, or had it already), needs_person (refused, conflict: never retried).
ALTER TABLE outbox ADD COLUMN result TEXT;
ALTER TABLE outbox ADD COLUMN result_detail TEXT;
ALTER TABLE outbox ADD COLUMN server_seq INTEGER;
ALTER TABLE outbox ADD COLUMN sent_at TEXT;
ALTER TABLE outbox ADD COLUMN settled_at TEXT;

CREATE INDEX outbox_by_state ON outbox (state, seq);

-- Attachments to upload, by hash. state: pending, uploading (upload_offset bytes are on the
-- server), verified (the server hashed the whole file and it equals the name), needs_person.
CREATE TABLE sync_blobs (
    sha256         TEXT PRIMARY KEY,
    size           INTEGER NOT NULL,
    state          TEXT NOT NULL DEFAULT 'pending'
                   CHECK (state IN ('pending', 'uploading', 'verified', 'needs_person')),
    upload_offset  INTEGER NOT NULL DEFAULT 0,
    attempts       INTEGER NOT NULL DEFAULT 0,
    result_detail  TEXT,
    verified_session INTEGER,
    updated_at     TEXT
);

CREATE TRIGGER attachments_to_sync AFTER INSERT ON attachments
BEGIN
    INSERT OR IGNORE INTO sync_blobs (sha256, size) VALUES (NEW.sha256, NEW.size);
END;

INSERT OR IGNORE INTO sync_blobs (sha256, size) SELECT sha256, size FROM attachments;

-- One row: the enrolment (court server, this device's id and credential, the pinned court CA)
-- and the pull cursor, which is stored in the same transaction as the page it ends.
CREATE TABLE sync_state (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    server_url    TEXT,
    device_id     TEXT,
    credential    TEXT,
    ca_pem        TEXT,
    officer_id    TEXT,
    court_code    TEXT,
    receipt_key   TEXT,
    enrolled_at   TEXT,
    pull_cursor   INTEGER NOT NULL DEFAULT 0,
    -- A sync session runs from a start until everything is settled, across restarts: progress
    -- counts the outbox from session_from_seq and the attachments verified in this session.
    session       INTEGER NOT NULL DEFAULT 0,
    session_from_seq INTEGER NOT NULL DEFAULT 0,
    session_open  INTEGER NOT NULL DEFAULT 0,
    current_item  TEXT
);

INSERT INTO sync_state (id) VALUES (1);

-- The court's signed receipts, exactly as received: each names the chain head the server holds
-- for this device. `audit verify` compares the local chain with the newest.
CREATE TABLE sync_receipts (
    seq          INTEGER PRIMARY KEY,
    received_at  TEXT NOT NULL,
    chain_seq    INTEGER NOT NULL,
    chain_hash   TEXT NOT NULL,
    body         TEXT NOT NULL,
    signature    TEXT,
    signature_ok INTEGER NOT NULL DEFAULT 0
);

-- Both values of a field changed at the office and in the field; the office value was kept and
-- a person decides. Never resolved silently.
CREATE TABLE sync_conflicts (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    op_id         TEXT,
    entity        TEXT NOT NULL,
    entity_id     TEXT NOT NULL,
    field         TEXT NOT NULL,
    base_value    TEXT,
    local_value   TEXT,
    server_value  TEXT,
    detected_at   TEXT NOT NULL,
    resolved_at   TEXT,
    resolution    TEXT
);
