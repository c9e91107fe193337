package org.lastmile.ui.cases;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.lastmile.domain.cases.CaseStatus;
import org.lastmile.domain.deadline.Urgency;
import org.lastmile.domain.cases.CaseHeader;

/**
 * One case in the list. The header (number, status, filing date) is known at once; the summary
 * (parties, deadlines) arrives when the case document has been read, page by page after the list
 * is on screen. Touched on the FX thread only.
 */
public final class CaseRow {

    private final CaseHeader header;
    private CaseSummary summary;

    public CaseRow(CaseHeader header, CaseSummary summary) {
        this.header = Objects.requireNonNull(header);
        this.summary = summary;
    }

    public UUID id() {
        return header.id();
    }

    /** The case's row number in the store, which the search answers with. */
    public long seq() {
        return header.seq();
    }

    public String number() {
        return header.caseNumber();
    }

    public CaseStatus status() {
        return header.status();
    }

    public LocalDate filingDate() {
        return header.filingDate();
    }

    public boolean demo() {
        return header.demo();
    }

    /** The summary, or null while the case document has not been read. */
    public CaseSummary summary() {
        return summary;
    }

    public boolean isLoaded() {
        return summary != null;
    }

    /** The urgency, or null while unknown. */
    public Urgency urgency() {
        return summary == null ? null : summary.urgency();
    }

    void setSummary(CaseSummary value) {
        summary = Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return header.caseNumber();
    }
}
