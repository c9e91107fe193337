package org.lastmile.ui.cases;

import java.util.function.Predicate;
import org.lastmile.domain.cases.CaseStatus;
import org.lastmile.domain.deadline.Urgency;

/**
 * Which rows the list shows: those the search found (null = no search), with a status and urgency
 * (null = any). A row whose deadlines are not read yet has no urgency and is left out while an
 * urgency is asked for; the list filters again as pages arrive.
 *
 * @param matching the rows the search found, or null
 * @param status the status asked for, or null
 * @param urgency the urgency asked for, or null
 */
public record CaseFilter(SearchMatches matching, CaseStatus status, Urgency urgency) implements Predicate<CaseRow> {

    public static final CaseFilter ALL = new CaseFilter(null, null, null);

    @Override
    public boolean test(CaseRow row) {
        return (matching == null || matching.contains(row.seq()))
                && (status == null || row.status() == status)
                && (urgency == null || row.urgency() == urgency);
    }
}
