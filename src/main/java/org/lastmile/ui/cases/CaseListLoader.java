package org.lastmile.ui.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import org.lastmile.common.PersonName;
import java.util.List;
import org.lastmile.domain.cases.CaseListOrder;
import org.lastmile.domain.deadline.Deadline;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.text.NameOrder;
import java.util.function.Supplier;
import org.lastmile.domain.cases.CaseListQuery;
import org.lastmile.domain.cases.ListedCase;
import org.lastmile.domain.deadline.DeadlineEngine;
import org.lastmile.domain.deadline.Urgency;
import org.lastmile.service.CaseService;

/**
 * Reads the case list from its narrow table (V7) on the store thread, never all of it: a query's
 * row count and first block ({@link #first}), then blocks of rows as the table shows them
 * ({@link #rows}), each block's deadlines evaluated as it is read. The urgency filter, which
 * depends on the day and so has no index, reads every row once and keeps only the row numbers.
 */
public final class CaseListLoader {

    private final CaseService cases;
    private final DeadlineEngine engine;
    private final Supplier<LocalDate> today;

    public CaseListLoader(CaseService cases, DeadlineEngine engine, Supplier<LocalDate> today) {
        this.cases = cases;
        this.engine = engine;
        this.today = today;
    }

    /**
     * What the list shows first for a query.
     *
     * @param query the rows asked for
     * @param count how many rows the query has
     * @param total how many cases the file has
     * @param demo whether a demo case is among the rows
     * @param rows the first block of rows, with their summaries
     * @param longestNumbers the longest case numbers of the file (for the number column's width)
     */
    public record FirstScreen(CaseListQuery query, int count, int total, boolean demo, List<CaseRow> rows,
            List<String> longestNumbers) {
    }

    /** The first screen of every case in the default order. Off the FX thread. */
    public FirstScreen first() {
        return first(CaseListQuery.ALL, -1);
    }

    /** The first screen of a query; {@code total} is read too when negative. Off the FX thread. */
    public FirstScreen first(CaseListQuery query, int total) {
        int count = cases.listCount(query);
        int all = total >= 0 ? total : query.status() == null && query.only() == null ? count
                : cases.listCount(CaseListQuery.ALL);
        return new FirstScreen(query, count, all, cases.listHasDemo(query),
                rows(query, 0, CaseWindowRows.BLOCK), cases.longestNumbers(3));
    }

    /** At most {@code limit} rows of a query from {@code offset}, with their summaries. Off the FX thread. */
    public List<CaseRow> rows(CaseListQuery query, int offset, int limit) {
        LocalDate day = today.get();
        List<ListedCase> page = cases.listRows(query, offset, limit);
        java.util.Set<java.util.UUID> away = page.isEmpty() ? java.util.Set.of() : cases.handedOver();
        List<CaseRow> out = new ArrayList<>(page.size());
        for (ListedCase row : page) {
            out.add(new CaseRow(row.header(), CaseSummary.of(row.header(), row.listing(), engine, day),
                    away.contains(row.header().id())));
        }
        return out;
    }

    /**
     * The query with its row numbers in its order, for an order no index gives (countdown, names):
     * one scan of the query's status keeps only each row's number and sort input, sorted with the
     * table's former comparators (most pressing first then days remaining; names by
     * {@link NameOrder} in the interface language), ties by row number. Queries of other orders
     * come back as they are. Off the FX thread.
     */
    public CaseListQuery ordered(CaseListQuery query, Language language) {
        CaseListOrder by = query.order();
        if (!by.given()) {
            return query;
        }
        long[] only = query.only();
        SearchMatches within = only == null ? null : SearchMatches.of(only);
        LocalDate day = today.get();
        long[][] seqs = {new long[256]};
        Object[][] keys = {new Object[256]};
        int[] n = {0};
        java.util.function.BiConsumer<Long, Object> keep = (seq, key) -> {
            if (within != null && !within.contains(seq)) {
                return;
            }
            if (n[0] == seqs[0].length) {
                seqs[0] = Arrays.copyOf(seqs[0], n[0] * 2);
                keys[0] = Arrays.copyOf(keys[0], n[0] * 2);
            }
            seqs[0][n[0]] = seq;
            keys[0][n[0]++] = key;
        };
        if (by == CaseListOrder.URGENCY) {
            // The urgency needs the header and the deadline facts: evaluated for today as the filter does.
            cases.eachListed(query.status(), row -> {
                CaseSummary summary = CaseSummary.of(row.header(), row.listing(), engine, day);
                keep.accept(row.header().seq(), new long[] {
                    summary.urgency() == null ? Long.MAX_VALUE : summary.urgency().ordinal(),
                    summary.nextDeadline().map(Deadline::daysRemaining).orElse(Long.MAX_VALUE)});
            });
        } else {
            cases.eachListedNames(query.status(), by == CaseListOrder.APPLICANT,
                    (seq, names) -> keep.accept(seq, firstName(names, language)));
        }
        Comparator<Integer> compare = by == CaseListOrder.URGENCY
                ? Comparator.comparing((Integer i) -> ((long[]) keys[0][i])[0]).thenComparing(i -> ((long[]) keys[0][i])[1])
                : Comparator.comparing((Integer i) -> (String) keys[0][i], Comparator.nullsLast(new NameOrder(language)));
        Integer[] at = new Integer[n[0]];
        for (int i = 0; i < at.length; i++) {
            at[i] = i;
        }
        Arrays.sort(at, compare.thenComparing(i -> seqs[0][i]));
        long[] out = new long[at.length];
        for (int i = 0; i < at.length; i++) {
            out[query.reversed() ? at.length - 1 - i : i] = seqs[0][at[i]];
        }
        return new CaseListQuery(query.status(), out, by, query.reversed());
    }

    /** The name of the first party in the interface's script when it has one. */
    static String firstName(List<PersonName> parties, Language language) {
        if (parties.isEmpty()) {
            return null;
        }
        PersonName p = parties.get(0);
        if (language == Language.TIBETAN && p.bo() != null) {
            return p.bo();
        }
        return p.zh() != null ? p.zh() : p.bo();
    }

    /** The row numbers of the cases of this urgency today, in no order. Reads every row; off the FX thread. */
    public long[] withUrgency(Urgency urgency) {
        LocalDate day = today.get();
        long[][] out = {new long[256]};
        int[] n = {0};
        cases.eachListed(row -> {
            if (CaseSummary.of(row.header(), row.listing(), engine, day).urgency() == urgency) {
                if (n[0] == out[0].length) {
                    out[0] = Arrays.copyOf(out[0], n[0] * 2);
                }
                out[0][n[0]++] = row.header().seq();
            }
        });
        return Arrays.copyOf(out[0], n[0]);
    }
}
