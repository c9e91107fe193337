-- The site sketch of a case (issue 12): one row per case, the sketch as canonical JSON and its
-- SHA-256. Every edit rewrites the row (with its outbox operation and audit event). Once a record
-- that holds the sketch is sealed, frozen_by names it; the record's seal carries sha256, so that
-- `record verify` sees any later change of the stored sketch, and the trigger refuses one.

CREATE TABLE sketches (
    case_id     TEXT PRIMARY KEY REFERENCES cases (id),
    doc         TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    version     INTEGER NOT NULL,
    frozen_by   TEXT REFERENCES records (id),
    updated_at  TEXT NOT NULL
);

CREATE TRIGGER sketches_frozen_no_update BEFORE UPDATE ON sketches WHEN OLD.frozen_by IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a sketch held by a sealed record never changes');
END;

CREATE TRIGGER sketches_frozen_no_delete BEFORE DELETE ON sketches WHEN OLD.frozen_by IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a sketch held by a sealed record never changes');
END;
