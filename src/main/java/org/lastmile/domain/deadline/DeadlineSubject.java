package org.lastmile.domain.deadline;

import java.time.LocalDate;

/**
 * What the deadline engine needs to know of an enforcement case (执行案件). The case implements it, so
 * that {@code domain.cases} uses {@code domain.deadline} and never the other way round.
 */
public interface DeadlineSubject {

    /** The day the case was filed (立案日期): periods run from the day after it. */
    LocalDate filingDate();

    /** Nodes reached, pauses, extensions and seizures so far. */
    CaseProgress progress();

    /** Whether the case is still open: the deadlines of a closed case are done or skipped. */
    boolean isOpen();

    /** Whether any obligation is to pay money (asset-report and investigation nodes apply). */
    boolean isMoneyCase();

    /** Whether the title is a non-litigation document (its own time limit applies). */
    boolean isNonLitigation();
}
