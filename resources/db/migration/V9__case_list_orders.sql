-- The case list reads its rows a screenful at a time in the order the officer chose (issue 18):
-- each order the list offers in SQL has an index that gives it without a sort, so that the rows
-- at any position come from walking an index, not from sorting every case. The default order
-- (filing date, newest first) is case_list_order of V7.

-- By case number.
CREATE INDEX case_list_number ON case_list (case_number);

-- By status, newest filing first within a status; also what the status filter reads.
CREATE INDEX case_list_status ON case_list (status, filing_date DESC, case_number);

-- By case number within a status (the status filter with the number column sorted).
CREATE INDEX case_list_status_number ON case_list (status, case_number);

-- The few demo cases, so that "are demo cases shown" is answered without a scan.
CREATE INDEX case_list_demo ON case_list (seq) WHERE demo = 1;
