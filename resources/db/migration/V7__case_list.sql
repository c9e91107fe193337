-- The case list's own narrow table (issue 18): exactly what a row of the list shows, sorts and
-- filters on, so that the window starts without decoding every case document. Written in the
-- same transaction as the case row (CaseRepository.save); a deleted case takes its row with it.
-- The header columns come first so that reading them never walks past the longer ones.
-- deadline_facts holds what the deadline engine needs (money case, non-litigation title, nodes
-- reached, pauses, extensions, seizures; store.cases.CaseListCodec), not the deadlines
-- themselves: those depend on the day and on the rule table, and are evaluated when read.

CREATE TABLE case_list (
    seq             INTEGER PRIMARY KEY REFERENCES cases (seq) ON DELETE CASCADE,
    id              TEXT NOT NULL UNIQUE,
    case_number     TEXT NOT NULL,
    status          TEXT NOT NULL,
    filing_date     TEXT NOT NULL,
    demo            INTEGER NOT NULL,
    version         INTEGER NOT NULL,
    cause_zh        TEXT,
    cause_bo        TEXT,
    applicants      TEXT NOT NULL,
    respondents     TEXT NOT NULL,
    deadline_facts  TEXT NOT NULL
);

-- The list's order, as cases_list_order (V3) gives it for the cases table.
CREATE INDEX case_list_order ON case_list (filing_date DESC, case_number);

-- The rows of a file's existing cases are made from their documents right after this migration
-- (the documents are JSON that only the application decodes): this marker says they are still
-- to be made, and goes once every case has its row (CaseListTable.fill).
INSERT INTO settings (key, value) SELECT 'caseList.unfilled', 'V7' WHERE EXISTS (SELECT 1 FROM cases);
