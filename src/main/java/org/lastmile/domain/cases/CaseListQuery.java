package org.lastmile.domain.cases;

import java.util.Arrays;

/**
 * Which rows of the case list to read and in what order.
 *
 * @param status only cases with this status, or null for any
 * @param only only the cases with these row numbers ({@link CaseHeader#seq()}: what a search or
 *     the urgency filter found), or null for every case
 * @param order the order
 * @param reversed whether the order is reversed (the table's column sorted the other way)
 */
public record CaseListQuery(CaseStatus status, long[] only, CaseListOrder order, boolean reversed) {

    /** Every case in the default order. */
    public static final CaseListQuery ALL = new CaseListQuery(null, null, CaseListOrder.FILED, false);

    public CaseListQuery {
        order = order == null ? CaseListOrder.FILED : order;
        only = only == null ? null : only.clone();
    }

    @Override
    public long[] only() {
        return only == null ? null : only.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseListQuery q && q.status == status && Arrays.equals(q.only, only)
                && q.order == order && q.reversed == reversed;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(only) * 31 + java.util.Objects.hash(status, order, reversed);
    }

    @Override
    public String toString() {
        return "CaseListQuery[" + status + ", " + (only == null ? "all" : only.length + " rows") + ", " + order
                + (reversed ? " reversed" : "") + "]";
    }
}
