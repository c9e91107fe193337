package org.lastmile.domain.cases;

/**
 * The orders in which the case list's table gives its rows (each from an index of its own, V9):
 * a page at any position is then read by walking the index, never by sorting every case.
 */
public enum CaseListOrder {
    /** Newest filing first (立案日期), then by case number: the list's default. */
    FILED,
    /** By case number (案号). */
    NUMBER,
    /** By status, newest filing first within a status. */
    STATUS,
    /** Most pressing first (countdown, 倒计时): no index can hold it, as it depends on the day. */
    URGENCY,
    /** By the first applicant's (申请执行人) name in the interface language's collation. */
    APPLICANT,
    /** By the first respondent's (被执行人) name in the interface language's collation. */
    RESPONDENT;

    /**
     * Whether the order has no index: the query's row numbers ({@link CaseListQuery#only()}) are
     * then already in this order (sorted by a scan of the sort input alone), and the store reads a
     * page as the row numbers at that position.
     */
    public boolean given() {
        return this == URGENCY || this == APPLICANT || this == RESPONDENT;
    }
}
