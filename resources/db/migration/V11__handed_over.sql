-- Issue 14: cases the office took away from this laptop's officer (handed to another officer or
-- unassigned). The court tells the laptop by a notice in the pull feed (op 'unassign'); the case
-- and its records stay here as they were, read-only for new work, until the court feeds the case
-- again (assigned back: a case change after the notice removes the row). server_seq is the
-- notice's place in the court's order: a case change kept from before it (sync_deferred) and
-- applied later does not make the case editable again.
CREATE TABLE sync_handed_over (
    case_id     TEXT PRIMARY KEY,
    server_seq  INTEGER NOT NULL
);
