package org.lastmile.store.cases;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.lastmile.domain.cases.CaseHeader;
import org.lastmile.domain.cases.CaseListOrder;
import org.lastmile.domain.cases.CaseListQuery;
import org.lastmile.domain.cases.ListedCase;
import org.lastmile.store.Database;
import org.lastmile.store.Tx;

/**
 * Reads the case list a window of rows at a time (issue 18): how many rows a query has, and the
 * rows at a position, filtered and ordered in SQL, each order from its own index (V7, V9), so that
 * the window's list holds only the rows near the screen however many cases the file has. A search's
 * or the urgency filter's matches arrive as row numbers and are read through {@code json_each}.
 */
public final class CaseListWindow {

    private final Database database;
    private final CaseListCodec codec = new CaseListCodec();

    public CaseListWindow(Database database) {
        this.database = database;
    }

    /** How many cases the query shows (an index count; no row is decoded). */
    public int count(CaseListQuery query) {
        return database.read(tx -> {
            try (PreparedStatement s = statement(tx, "SELECT count(*) FROM case_list" + where(query), query, 0)) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        });
    }

    /** Whether a demo case is among those the query shows. */
    public boolean hasDemo(CaseListQuery query) {
        return database.read(tx -> {
            String sql = "SELECT EXISTS (SELECT 1 FROM case_list INDEXED BY case_list_demo" + where(query)
                    + (query.status() == null && query.only() == null ? " WHERE" : " AND") + " demo = 1)";
            try (PreparedStatement s = statement(tx, sql, query, 0); ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1) != 0;
            }
        });
    }

    /** At most {@code limit} rows the query shows, from position {@code offset} in its order. */
    public List<ListedCase> rows(CaseListQuery query, int offset, int limit) {
        if (query.order().given()) {
            return given(query, offset, limit);
        }
        return database.read(tx -> {
            List<ListedCase> out = new ArrayList<>(Math.min(limit, 1024));
            String sql = "SELECT " + CaseListTable.ROW + " FROM case_list" + where(query) + orderBy(query)
                    + " LIMIT ? OFFSET ?";
            try (PreparedStatement s = statement(tx, sql, query, 2)) {
                int n = parameters(query) + 2;
                s.setInt(n - 1, limit);
                s.setInt(n, offset);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new ListedCase(CaseListTable.header(r), CaseListTable.listing(codec, r)));
                    }
                }
            }
            return out;
        });
    }

    // The query's row numbers are in its order (and already of its status): the page is the row
    // numbers at that position, read by seq and put back in their order.
    private List<ListedCase> given(CaseListQuery query, int offset, int limit) {
        long[] order = query.only();
        int from = Math.min(Math.max(offset, 0), order.length);
        int to = Math.min(order.length, from + Math.max(limit, 0));
        long[] page = java.util.Arrays.copyOfRange(order, from, to);
        CaseListQuery slice = new CaseListQuery(null, page, CaseListOrder.NUMBER, false);
        java.util.Map<Long, ListedCase> read = new java.util.HashMap<>();
        database.read(tx -> {
            try (PreparedStatement s = statement(tx, "SELECT " + CaseListTable.ROW + " FROM case_list" + where(slice),
                    slice, 0); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    CaseHeader header = CaseListTable.header(r);
                    read.put(header.seq(), new ListedCase(header, CaseListTable.listing(codec, r)));
                }
            }
            return null;
        });
        List<ListedCase> out = new ArrayList<>(page.length);
        for (long seq : page) {
            ListedCase row = read.get(seq);
            if (row != null) {
                out.add(row);
            }
        }
        return out;
    }

    /** Hands every row to {@code each}, one at a time (for a filter no index answers). */
    public void forEach(Consumer<ListedCase> each) {
        forEach(null, each);
    }

    /**
     * Hands the row number and the applicants (or respondents) of every row of a status (any when
     * null) to {@code each}, one row at a time: all that a name order reads.
     */
    public void forEachNames(org.lastmile.domain.cases.CaseStatus status, boolean applicants,
            java.util.function.BiConsumer<Long, List<org.lastmile.common.PersonName>> each) {
        database.read(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement("SELECT seq, "
                    + (applicants ? "applicants" : "respondents") + " FROM case_list"
                    + (status == null ? "" : " WHERE status = ?"))) {
                if (status != null) {
                    s.setString(1, status.name());
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        each.accept(r.getLong(1), codec.names(r.getString(2)));
                    }
                }
            }
            return null;
        });
    }

    /** Hands every row of a status (any when null) to {@code each}, one at a time (for an order no index gives). */
    public void forEach(org.lastmile.domain.cases.CaseStatus status, Consumer<ListedCase> each) {
        database.read(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement("SELECT " + CaseListTable.ROW
                    + " FROM case_list" + (status == null ? "" : " WHERE status = ?"))) {
                if (status != null) {
                    s.setString(1, status.name());
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        each.accept(new ListedCase(CaseListTable.header(r), CaseListTable.listing(codec, r)));
                    }
                }
            }
            return null;
        });
    }

    /** The {@code n} longest case numbers (to size the number column). */
    public List<String> longestNumbers(int n) {
        return database.read(tx -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT case_number FROM case_list ORDER BY length(case_number) DESC LIMIT ?")) {
                s.setInt(1, n);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** The query plan SQLite picks for {@link #rows}, one line per step (for tests and docs). */
    public List<String> plan(CaseListQuery query) {
        if (query.order().given()) {
            // A page of an order without index: its row numbers looked up by key.
            CaseListQuery slice = new CaseListQuery(null, query.only() == null ? new long[0] : query.only(),
                    CaseListOrder.NUMBER, false);
            return database.read(tx -> {
                List<String> out = new ArrayList<>();
                try (PreparedStatement s = statement(tx, "EXPLAIN QUERY PLAN SELECT " + CaseListTable.ROW
                        + " FROM case_list" + where(slice), slice, 0); ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString("detail"));
                    }
                }
                return out;
            });
        }
        return database.read(tx -> {
            List<String> out = new ArrayList<>();
            String sql = "EXPLAIN QUERY PLAN SELECT " + CaseListTable.ROW + " FROM case_list" + where(query)
                    + orderBy(query) + " LIMIT ? OFFSET ?";
            try (PreparedStatement s = statement(tx, sql, query, 2)) {
                int n = parameters(query) + 2;
                s.setInt(n - 1, 100);
                s.setInt(n, 0);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString("detail"));
                    }
                }
            }
            return out;
        });
    }

    private static int parameters(CaseListQuery query) {
        return (query.status() != null ? 1 : 0) + (query.only() != null ? 1 : 0);
    }

    private static String where(CaseListQuery query) {
        List<String> terms = new ArrayList<>();
        if (query.status() != null) {
            terms.add("status = ?");
        }
        if (query.only() != null) {
            terms.add("seq IN (SELECT value FROM json_each(?))");
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    // The row number last: the order is total, so that pages neither repeat nor skip a row.
    private static String orderBy(CaseListQuery query) {
        String asc = query.reversed() ? " DESC" : "";
        String desc = query.reversed() ? "" : " DESC";
        return switch (query.order()) {
            case FILED -> " ORDER BY filing_date" + desc + ", case_number" + asc + ", seq" + asc;
            case NUMBER -> " ORDER BY case_number" + asc + ", seq" + asc;
            case STATUS -> " ORDER BY status" + asc + ", filing_date" + desc + ", case_number" + asc + ", seq" + asc;
            // Read by position in the query's row numbers ({@link #given}); the plan shows the seq lookup.
            case URGENCY, APPLICANT, RESPONDENT -> " ORDER BY seq";
        };
    }

    // Binds the filter's values; {@code extra} parameters follow for the caller.
    private static PreparedStatement statement(Tx tx, String sql, CaseListQuery query, int extra) throws SQLException {
        PreparedStatement s = tx.connection().prepareStatement(sql);
        int i = 1;
        if (query.status() != null) {
            s.setString(i++, query.status().name());
        }
        long[] only = query.only();
        if (only != null) {
            StringBuilder json = new StringBuilder(only.length * 7 + 2).append('[');
            for (int k = 0; k < only.length; k++) {
                if (k > 0) {
                    json.append(',');
                }
                json.append(only[k]);
            }
            s.setString(i, json.append(']').toString());
        }
        return s;
    }
}
