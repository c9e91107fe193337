-- Issue 14: changes from the court that could not be applied when they came down, kept with the
-- court's content and version until they can be: an entity with a local edit the court had not yet
-- answered (applying the court's content would have put it under the laptop's edit; not applying
-- it left the laptop holding its own content under the court's version number, so its next edit
-- was taken over the office's value), and a record whose case is not here yet. The pull applies
-- them once the answer or the case is here; one row per entity, the court's newest.
CREATE TABLE sync_deferred (
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    server_seq  INTEGER NOT NULL,
    version     INTEGER NOT NULL,
    op          TEXT NOT NULL,
    deleted     INTEGER NOT NULL,
    payload     TEXT,
    PRIMARY KEY (entity, entity_id)
);
