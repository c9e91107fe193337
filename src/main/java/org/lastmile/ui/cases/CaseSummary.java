package org.lastmile.ui.cases;

import java.util.List;
import java.util.Optional;
import org.lastmile.common.PersonName;
import org.lastmile.domain.cases.CaseHeader;
import org.lastmile.domain.cases.CaseListing;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.deadline.CaseDeadlines;
import org.lastmile.domain.deadline.Deadline;
import org.lastmile.domain.deadline.DeadlineEngine;
import org.lastmile.domain.deadline.Urgency;

/**
 * What a row of the case list shows beyond the case's header, computed once when the case is read
 * (never while a cell paints): the cause, the parties by side, the urgency and the next deadline.
 *
 * @param causeZh the cause in Chinese, may be null
 * @param causeBo the cause in Tibetan, may be null
 * @param applicants the names of the applicants for enforcement
 * @param respondents the names of the respondents
 * @param urgency how pressing the case is today
 * @param next the open deadline due first, null when none runs (closed, or the clock is paused)
 */
public record CaseSummary(String causeZh, String causeBo, List<PersonName> applicants, List<PersonName> respondents,
        Urgency urgency, Deadline next) {

    public CaseSummary {
        applicants = List.copyOf(applicants);
        respondents = List.copyOf(respondents);
    }

    /** The summary of a case as it stands on the day the deadlines were evaluated. */
    public static CaseSummary of(EnforcementCase c, CaseDeadlines deadlines) {
        return of(CaseListing.of(c), deadlines);
    }

    /** The summary of a list row on the day the deadlines were evaluated. */
    public static CaseSummary of(CaseListing l, CaseDeadlines deadlines) {
        return new CaseSummary(l.causeZh(), l.causeBo(), l.applicants(), l.respondents(), deadlines.urgency(),
                deadlines.next().orElse(null));
    }

    /** Evaluates the deadlines of a list row (with its header's filing date and status) and summarizes. */
    public static CaseSummary of(CaseHeader header, CaseListing l, DeadlineEngine engine, java.time.LocalDate today) {
        return of(l, engine.evaluate(l.deadlines(header), today));
    }

    public Optional<Deadline> nextDeadline() {
        return Optional.ofNullable(next);
    }
}
