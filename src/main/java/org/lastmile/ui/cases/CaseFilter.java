package org.lastmile.ui.cases;

import java.util.Arrays;
import java.util.function.Predicate;
import org.lastmile.domain.cases.CaseStatus;
import org.lastmile.domain.deadline.Urgency;

/**
 * Which rows the list shows: the search matches (null = no search), a status and an urgency
 * (null = any). A row whose deadlines are not read yet has no urgency and is left out while an
 * urgency is asked for; the list filters again as pages arrive.
 *
 * @param matching the row numbers ({@link CaseRow#seq()}) the search found, sorted, or null
 * @param status the status asked for, or null
 * @param urgency the urgency asked for, or null
 */
public record CaseFilter(long[] matching, CaseStatus status, Urgency urgency) implements Predicate<CaseRow> {

    public static final CaseFilter ALL = new CaseFilter(null, null, null);

    @Override
    public boolean test(CaseRow row) {
        return (matching == null || Arrays.binarySearch(matching, row.seq()) >= 0)
                && (status == null || row.status() == status)
                && (urgency == null || row.urgency() == urgency);
    }
}
