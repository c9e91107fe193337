-- On-site records and their attachments. A sealed record keeps in doc the exact canonical bytes
-- that were hashed into seal_sha256; triggers refuse any later change or deletion.

CREATE TABLE records (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    case_id      TEXT NOT NULL REFERENCES cases (id),
    type         TEXT NOT NULL,
    state        TEXT NOT NULL CHECK (state IN ('draft', 'sealed')),
    doc          TEXT NOT NULL,
    seal_sha256  TEXT,
    sealed_at    TEXT,
    amends       TEXT REFERENCES records (id),
    version      INTEGER NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE INDEX records_by_case ON records (case_id);

CREATE TRIGGER records_sealed_no_update BEFORE UPDATE ON records WHEN OLD.state = 'sealed'
BEGIN
    SELECT RAISE(ABORT, 'sealed records never change');
END;

CREATE TRIGGER records_sealed_no_delete BEFORE DELETE ON records WHEN OLD.state = 'sealed'
BEGIN
    SELECT RAISE(ABORT, 'sealed records never change');
END;

-- Files named by their SHA-256: copied under blobs/ or, for large body-camera files, kept where
-- they are (by_reference) with only their hash recorded.
CREATE TABLE attachments (
    sha256        TEXT PRIMARY KEY,
    size          INTEGER NOT NULL,
    media_type    TEXT,
    by_reference  INTEGER NOT NULL DEFAULT 0,
    location      TEXT,
    stored_at     TEXT NOT NULL
);
