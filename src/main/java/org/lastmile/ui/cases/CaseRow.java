package org.lastmile.ui.cases;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.lastmile.domain.cases.CaseStatus;
import org.lastmile.domain.deadline.Urgency;
import org.lastmile.domain.cases.CaseHeader;

/**
 * One case in the list. A row at a position the list has not read yet is pending: it has neither
 * header nor summary and shows empty until its window of rows arrives from the store, when it is
 * filled in place (so that the table's selection, which holds the row, stays on it). Touched on
 * the FX thread only.
 */
public final class CaseRow {

    private CaseHeader header;
    private CaseSummary summary;
    private boolean handedOver;

    public CaseRow(CaseHeader header, CaseSummary summary) {
        this(header, summary, false);
    }

    /** @param handedOver whether the office took the case away from this officer (read-only here) */
    public CaseRow(CaseHeader header, CaseSummary summary, boolean handedOver) {
        this.header = Objects.requireNonNull(header);
        this.summary = summary;
        this.handedOver = handedOver;
    }

    private CaseRow() {
    }

    /** A row whose case is still being read. */
    static CaseRow pending() {
        return new CaseRow();
    }

    /** Whether the row's case is still being read (then every accessor but this answers null). */
    public boolean isPending() {
        return header == null;
    }

    void fill(CaseHeader value, CaseSummary valueSummary, boolean valueHandedOver) {
        header = Objects.requireNonNull(value);
        summary = valueSummary;
        handedOver = valueHandedOver;
    }

    /** Whether the office took the case away from this officer (the list tags it "handed over"). */
    public boolean handedOver() {
        return handedOver;
    }

    public UUID id() {
        return header == null ? null : header.id();
    }

    /** The case's row number in the store, which the search answers with. */
    public long seq() {
        return header == null ? -1 : header.seq();
    }

    public String number() {
        return header == null ? null : header.caseNumber();
    }

    public CaseStatus status() {
        return header == null ? null : header.status();
    }

    public LocalDate filingDate() {
        return header == null ? null : header.filingDate();
    }

    public boolean demo() {
        return header != null && header.demo();
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

    /** The header, null while pending. */
    CaseHeader header() {
        return header;
    }

    void setSummary(CaseSummary value) {
        summary = Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return header == null ? "…" : header.caseNumber();
    }
}
