-- The offline case file: cases, officers, settings, the sync outbox, the audit hash chain and
-- the search indexes. Identities are UUIDs made on the device; seq columns only give SQLite a
-- stable rowid (VACUUM may renumber implicit rowids) for the full-text indexes.

CREATE TABLE officers (
    id          TEXT PRIMARY KEY,
    doc         TEXT NOT NULL,
    version     INTEGER NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE cases (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    case_number  TEXT NOT NULL UNIQUE,
    court_code   TEXT NOT NULL,
    status       TEXT NOT NULL,
    filing_date  TEXT NOT NULL,
    demo         INTEGER NOT NULL DEFAULT 0,
    doc          TEXT NOT NULL,
    version      INTEGER NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE INDEX cases_by_filing_date ON cases (filing_date);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- Operations waiting to be sent to the court server (sync.md). Written in the same transaction
-- as the change they describe.
CREATE TABLE outbox (
    seq           INTEGER PRIMARY KEY,
    op_id         TEXT NOT NULL UNIQUE,
    entity        TEXT NOT NULL,
    entity_id     TEXT NOT NULL,
    op            TEXT NOT NULL,
    base_version  INTEGER,
    payload       TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'pending',
    attempts      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL
);

-- Append-only hash chain: each event's hash covers the previous event's hash.
CREATE TABLE audit_events (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    at              TEXT NOT NULL,
    actor           TEXT NOT NULL,
    action          TEXT NOT NULL,
    entity          TEXT NOT NULL,
    entity_id       TEXT NOT NULL,
    payload_sha256  TEXT NOT NULL,
    prev_hash       TEXT NOT NULL,
    hash            TEXT NOT NULL
);

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

-- Substring search of three characters or more (case numbers, names in both scripts, Wylie,
-- addresses, titles). rowid = cases.seq.
CREATE VIRTUAL TABLE case_search USING fts5 (text, tokenize = 'trigram');

-- Queries of one or two characters (耕地, 草场, a Tibetan syllable): every pair of adjacent
-- characters is indexed as one ASCII token, so that a two-character query is a token lookup.
CREATE VIRTUAL TABLE case_search_pairs USING fts5 (grams, tokenize = 'ascii');
