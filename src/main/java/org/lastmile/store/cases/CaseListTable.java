package org.lastmile.store.cases;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lastmile.domain.cases.CaseHeader;
import org.lastmile.domain.cases.CaseListing;
import org.lastmile.domain.cases.CaseStatus;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.ListedCase;
import org.lastmile.store.Database;
import org.lastmile.store.Tx;
import org.lastmile.store.json.CaseCodec;

/**
 * The case list's narrow table ({@code case_list}, V7): a row per case with exactly the list's
 * columns, written in the transaction that writes the case ({@link #write}), so that the window
 * reads its list without decoding a single case document. A deleted case's row goes with it (a
 * foreign key with {@code ON DELETE CASCADE}).
 */
public final class CaseListTable {

    /** Set by V7 on a file that already held cases; removed once each has its row. */
    static final String UNFILLED = "caseList.unfilled";
    /** Cases decoded per transaction while filling. */
    static final int FILL_BATCH = 500;

    private static final String ORDER = " ORDER BY filing_date DESC, case_number";
    static final String HEADER = "seq, id, case_number, status, filing_date, demo, version";
    /** The header's columns and the listing's, in the order {@link #header} and {@link #listing} read them. */
    static final String ROW = HEADER + ", cause_zh, cause_bo, applicants, respondents, deadline_facts";

    private final Database database;
    private final CaseCodec documents;
    private final CaseListCodec codec = new CaseListCodec();

    CaseListTable(Database database, CaseCodec documents) {
        this.database = database;
        this.documents = documents;
    }

    /** Writes the row of a case inside the transaction that saves it. */
    void write(Tx tx, long seq, EnforcementCase c, long version) throws SQLException {
        CaseListing l = CaseListing.of(c);
        try (PreparedStatement s = tx.connection().prepareStatement(
                "INSERT OR REPLACE INTO case_list (seq, id, case_number, status, filing_date, demo, version,"
                        + " cause_zh, cause_bo, applicants, respondents, deadline_facts)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, seq);
            s.setString(2, c.id().toString());
            s.setString(3, c.number().toString());
            s.setString(4, c.status().name());
            s.setString(5, c.filingDate().toString());
            s.setInt(6, c.demo() ? 1 : 0);
            s.setLong(7, version);
            s.setString(8, l.causeZh());
            s.setString(9, l.causeBo());
            s.setString(10, codec.names(l.applicants()));
            s.setString(11, codec.names(l.respondents()));
            s.setString(12, codec.facts(l.moneyCase(), l.nonLitigation(), l.progress()));
            s.executeUpdate();
        }
    }

    /** The header of every case in list order (newest filing first), from the narrow table. */
    public List<CaseHeader> headers() {
        return database.read(tx -> {
            List<CaseHeader> out = new ArrayList<>();
            try (PreparedStatement s = tx.connection().prepareStatement("SELECT " + HEADER + " FROM case_list" + ORDER);
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(header(r));
                }
            }
            return out;
        });
    }

    /** At most {@code limit} rows in list order from position {@code offset}. */
    public List<ListedCase> page(int offset, int limit) {
        return database.read(tx -> {
            List<ListedCase> out = new ArrayList<>(Math.min(limit, 4096));
            try (PreparedStatement s = tx.connection().prepareStatement("SELECT " + ROW + " FROM case_list" + ORDER
                    + " LIMIT ? OFFSET ?")) {
                s.setInt(1, limit);
                s.setInt(2, offset);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new ListedCase(header(r), listing(codec, r)));
                    }
                }
            }
            return out;
        });
    }

    static CaseListing listing(CaseListCodec codec, ResultSet r) throws SQLException {
        CaseListCodec.Facts facts = codec.facts(r.getString(12));
        return new CaseListing(r.getString(8), r.getString(9), codec.names(r.getString(10)),
                codec.names(r.getString(11)), facts.money(), facts.nonLitigation(), facts.progress());
    }

    static CaseHeader header(ResultSet r) throws SQLException {
        return new CaseHeader(r.getLong(1), UUID.fromString(r.getString(2)), r.getString(3),
                CaseStatus.valueOf(r.getString(4)), CaseListCodec.date(r.getString(5)), r.getInt(6) != 0, r.getLong(7));
    }

    /** Whether cases of a file from before V7 still lack their rows. */
    public boolean unfilled() {
        return database.read(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement("SELECT 1 FROM settings WHERE key = ?")) {
                s.setString(1, UNFILLED);
                try (ResultSet r = s.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    /**
     * Makes the rows of a file's existing cases from their documents, {@value #FILL_BATCH} cases per
     * transaction in row order (a kill in between loses nothing: the next open goes on where the
     * marker says), then removes the marker. Saves in between write their own rows as usual.
     *
     * @param progress hears the cases done so far and the total: once before the first batch (the
     *     cases an interrupted fill did already), after each batch, and at the end with the total
     * @return the number of cases decoded
     */
    public int fill(FillProgress progress) {
        if (!unfilled()) {
            return 0;
        }
        long[] after = {database.read(tx -> resumeAfter(tx))};
        long total = database.read(tx -> count(tx, Long.MAX_VALUE));
        long before = database.read(tx -> count(tx, after[0]));
        progress.reached(before, total);
        int done = 0;
        while (true) {
            int batch = database.transaction(tx -> fillBatch(tx, after));
            done += batch;
            // the last batch ends at the total even if cases were deleted meanwhile (none are during open)
            progress.reached(batch < FILL_BATCH ? total : Math.min(total, before + done), total);
            if (batch < FILL_BATCH) {
                return done;
            }
        }
    }

    private int fillBatch(Tx tx, long[] after) throws SQLException {
        int n = 0;
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT seq, doc, version FROM cases WHERE seq > ? ORDER BY seq LIMIT ?")) {
            s.setLong(1, after[0]);
            s.setInt(2, FILL_BATCH);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    write(tx, r.getLong(1), documents.read(r.getString(2)), r.getLong(3));
                    after[0] = r.getLong(1);
                    n++;
                }
            }
        }
        // The marker holds the last row done, so that an interrupted fill resumes there.
        try (PreparedStatement s = tx.connection().prepareStatement(n < FILL_BATCH
                ? "DELETE FROM settings WHERE key = ?" : "UPDATE settings SET value = ? WHERE key = ?")) {
            if (n < FILL_BATCH) {
                s.setString(1, UNFILLED);
            } else {
                s.setString(1, "after " + after[0]);
                s.setString(2, UNFILLED);
            }
            s.executeUpdate();
        }
        return n;
    }

    private static long resumeAfter(Tx tx) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            s.setString(1, UNFILLED);
            try (ResultSet r = s.executeQuery()) {
                String value = r.next() ? r.getString(1) : "";
                return value.startsWith("after ") ? Long.parseLong(value.substring(6)) : 0;
            }
        }
    }

    // the cases up to and including row seq {@code upTo}
    private static long count(Tx tx, long upTo) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT count(*) FROM cases WHERE seq <= ?")) {
            s.setLong(1, upTo);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
