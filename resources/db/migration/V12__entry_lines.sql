-- What the interpreter typed in a record's transcript entry line and has not added as an entry yet.
-- Not part of the record (not sealed, not synced, not audited): kept apart so that a killed process
-- or a power cut does not lose the words, and given back in the line when the record opens again.
-- The row goes when the line is emptied (the entry added, or the words deleted).
CREATE TABLE entry_lines (
    record_id   TEXT PRIMARY KEY,
    speaker_id  TEXT,
    language    TEXT NOT NULL,
    original    TEXT NOT NULL,
    translation TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
