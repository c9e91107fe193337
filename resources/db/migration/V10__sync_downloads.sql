-- Files that records pulled from the court name and this laptop does not hold: photos, signature
-- pad images, sketch files made on another laptop (docs/sync.md, "Downloads"). The sync fetches
-- each from the court, continuing a cut download from the bytes of its partial file
-- (blobs/downloads/SHA.part), and the file enters the blob store only after it hashed to its name.
-- state: pending (to fetch), verified (in the blob store, hashed), needs_person (failed its hash
-- too often, or the court refuses it). size is -1 until the record or the court tells it;
-- received is the partial file's length at the last checkpoint (progress reads it).
CREATE TABLE sync_downloads (
    sha256            TEXT PRIMARY KEY,
    size              INTEGER NOT NULL DEFAULT -1,
    state             TEXT NOT NULL DEFAULT 'pending'
                      CHECK (state IN ('pending', 'verified', 'needs_person')),
    received          INTEGER NOT NULL DEFAULT 0,
    failures          INTEGER NOT NULL DEFAULT 0,
    result_detail     TEXT,
    verified_session  INTEGER,
    updated_at        TEXT
);

CREATE INDEX sync_downloads_by_state ON sync_downloads (state);

-- Records pulled before this migration: the files they name that this laptop never registered.
-- (A file this laptop made is in attachments; a signature image or sketch made here is in the
-- blob store, which the sync finds before it asks the court.)
INSERT OR IGNORE INTO sync_downloads (sha256, size)
SELECT json_extract(a.value, '$.sha256'), coalesce(json_extract(a.value, '$.size'), -1)
FROM records r, json_each(r.doc, '$.attachments') a
WHERE json_valid(r.doc) AND json_extract(a.value, '$.sha256') IS NOT NULL
  AND json_extract(a.value, '$.sha256') NOT IN (SELECT sha256 FROM attachments);
