package org.lastmile.store.cases;

import org.lastmile.domain.cases.CaseHeader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.domain.InvalidInputException;
import org.lastmile.domain.Problem;
import org.lastmile.domain.cases.CaseStatus;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.store.outbox.ActionLog;
import org.lastmile.store.outbox.Origin;
import org.lastmile.store.Database;
import org.lastmile.store.Tx;
import org.lastmile.store.audit.AuditAction;
import org.lastmile.store.json.CaseCodec;
import org.lastmile.store.search.CaseSearch;
import org.lastmile.store.search.SearchText;

/**
 * Cases in the store. Saving a case is one user action: the case row, its search text, its row of
 * the case list, the outbox operation and the audit event commit together.
 */
public final class CaseRepository {

    private final Database database;
    private final CaseCodec codec;
    private final SearchText searchText;
    private final ZoneId zone;
    private final CaseListTable list;
    private final CaseListWindow listWindow;

    public CaseRepository(Database database, CaseCodec codec, SearchText searchText, ZoneId zone) {
        this.database = database;
        this.codec = codec;
        this.searchText = searchText;
        this.zone = zone;
        this.list = new CaseListTable(database, codec);
        this.listWindow = new CaseListWindow(database);
    }

    /** The case list's rows a window at a time, filtered and ordered in SQL. */
    public CaseListWindow listWindow() {
        return listWindow;
    }

    /** The case list's narrow table, kept current by every save here. */
    public CaseListTable list() {
        return list;
    }

    /**
     * Validates and saves a case as one transaction.
     *
     * @param actor who saves (an officer id, or {@code demo})
     * @return the new version of the case
     * @throws InvalidInputException with the problems by field; nothing was saved
     */
    public long save(EnforcementCase c, String actor) {
        return database.transaction(tx -> save(tx, c, actor));
    }

    /** Saves inside an open transaction (for actions that write several entities at once). */
    public long save(Tx tx, EnforcementCase c, String actor) throws SQLException {
        return save(tx, c, actor, Origin.LOCAL);
    }

    /**
     * Saves inside an open transaction a change of the given origin: a change pulled from the
     * server is validated and audited like one made here, but not put in the outbox.
     */
    public long save(Tx tx, EnforcementCase c, String actor, Origin origin) throws SQLException {
        // A case from the court is not judged by this laptop's clock, which may be off by years
        // (sync.md: the client's time is a claim); the court checked its dates by its own.
        if (origin == Origin.LOCAL) {
            HandedOverCases.refuseNewWork(tx, c.id()); // the office took it away: read-only here
        }
        LocalDate today = origin == Origin.SERVER ? LocalDate.MAX : LocalDate.ofInstant(tx.now(), zone);
        List<Problem> problems = new ArrayList<>(c.problems(today));
        Optional<String> holder = idHolding(tx, c.number().toString());
        if (holder.isPresent() && !holder.get().equals(c.id().toString())) {
            problems.add(0, new Problem("number", "case.number.error.duplicate", c.number().toString()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String doc = codec.write(c);
        Long base = version(tx, c.id());
        long version = base == null ? 1 : base + 1;
        try (PreparedStatement s = tx.connection().prepareStatement(
                "INSERT INTO cases (id, case_number, court_code, status, filing_date, demo, doc, version, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET case_number = excluded.case_number,"
                        + " court_code = excluded.court_code, status = excluded.status,"
                        + " filing_date = excluded.filing_date, demo = excluded.demo, doc = excluded.doc,"
                        + " version = excluded.version, updated_at = excluded.updated_at")) {
            s.setString(1, c.id().toString());
            s.setString(2, c.number().toString());
            s.setString(3, c.number().court().code());
            s.setString(4, c.status().name());
            s.setString(5, c.filingDate().toString());
            s.setInt(6, c.demo() ? 1 : 0);
            s.setString(7, doc);
            s.setLong(8, version);
            s.setString(9, tx.now().toString());
            s.executeUpdate();
        }
        long seq = seq(tx, c.id());
        CaseSearch.index(tx, seq, searchText.of(c));
        list.write(tx, seq, c, version);
        ActionLog.change(tx, origin, actor, base == null ? AuditAction.CASE_CREATED : AuditAction.CASE_SAVED,
                c.id().toString(), base, doc);
        return version;
    }

    public Optional<EnforcementCase> find(UUID id) {
        return database.read(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement("SELECT doc FROM cases WHERE id = ?")) {
                s.setString(1, id.toString());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(codec.read(r.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** The stored version of a case (1 after the first save), if it exists. */
    public Optional<Long> version(UUID id) {
        return database.read(tx -> Optional.ofNullable(version(tx, id)));
    }

    /** Every case, newest filing first. */
    public List<EnforcementCase> all() {
        return database.read(tx -> {
            List<EnforcementCase> cases = new ArrayList<>();
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT doc FROM cases ORDER BY filing_date DESC, case_number");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    cases.add(codec.read(r.getString(1)));
                }
            }
            return cases;
        });
    }

    /**
     * The identity and list columns of every case, without reading the case documents, in the
     * order of {@link #all()}: enough to lay out a list of thousands before the documents are read
     * page by page with {@link #page(int, int)}.
     */
    public List<CaseHeader> headers() {
        return database.read(tx -> {
            List<CaseHeader> headers = new ArrayList<>();
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT " + HEADER_COLUMNS + " FROM cases ORDER BY filing_date DESC, case_number");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    headers.add(header(r));
                }
            }
            return headers;
        });
    }

    /** The header of one case, if it is stored. */
    public Optional<CaseHeader> header(UUID id) {
        return database.read(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT " + HEADER_COLUMNS + " FROM cases WHERE id = ?")) {
                s.setString(1, id.toString());
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(header(r)) : Optional.empty();
                }
            }
        });
    }

    private static final String HEADER_COLUMNS = "seq, id, case_number, status, filing_date, demo, version";

    private static CaseHeader header(ResultSet r) throws SQLException {
        return new CaseHeader(r.getLong(1), UUID.fromString(r.getString(2)), r.getString(3),
                CaseStatus.valueOf(r.getString(4)), LocalDate.parse(r.getString(5)), r.getInt(6) != 0, r.getLong(7));
    }

    /** A page of {@link #all()}: at most {@code limit} cases from position {@code offset}. */
    public List<EnforcementCase> page(int offset, int limit) {
        return database.read(tx -> {
            List<EnforcementCase> cases = new ArrayList<>();
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT doc FROM cases ORDER BY filing_date DESC, case_number LIMIT ? OFFSET ?")) {
                s.setInt(1, limit);
                s.setInt(2, offset);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        cases.add(codec.read(r.getString(1)));
                    }
                }
            }
            return cases;
        });
    }

    /** The cases with these ids, in the given order. */
    public List<EnforcementCase> findAll(List<UUID> ids) {
        List<EnforcementCase> out = new ArrayList<>();
        for (UUID id : ids) {
            find(id).ifPresent(out::add);
        }
        return out;
    }

    public long count() {
        return database.read(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement("SELECT count(*) FROM cases");
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private static Optional<String> idHolding(Tx tx, String caseNumber) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT id FROM cases WHERE case_number = ?")) {
            s.setString(1, caseNumber);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    private static Long version(Tx tx, UUID id) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT version FROM cases WHERE id = ?")) {
            s.setString(1, id.toString());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    private static long seq(Tx tx, UUID id) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT seq FROM cases WHERE id = ?")) {
            s.setString(1, id.toString());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
