package org.lastmile.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.domain.InvalidInputException;
import org.lastmile.domain.cases.CaseHeader;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.ListedCase;
import org.lastmile.domain.cases.Officer;
import java.sql.SQLException;
import org.lastmile.store.Database;
import org.lastmile.store.Tx;
import org.lastmile.store.outbox.Origin;
import org.lastmile.store.cases.CaseRepository;
import org.lastmile.store.cases.OfficerRepository;
import org.lastmile.store.open.Store;
import org.lastmile.store.search.CaseSearch;

/**
 * Editing a case (案件) and reading the case list: the one way the screens, the command line and
 * the sync engine reach cases. Saving is one transaction: the case is validated against the
 * domain's rules and the court file's numbers, then its row, search text, outbox operation and
 * audit event commit together.
 */
public final class CaseService {

    private final Database database;
    private final CaseRepository cases;
    private final OfficerRepository officers;
    private final CaseSearch search;

    public CaseService(Database database, CaseRepository cases, OfficerRepository officers, CaseSearch search) {
        this.database = Objects.requireNonNull(database);
        this.cases = Objects.requireNonNull(cases);
        this.officers = Objects.requireNonNull(officers);
        this.search = Objects.requireNonNull(search);
    }

    /** The cases of an opened store. */
    public static CaseService of(Store store) {
        return new CaseService(store.database(), store.cases(), store.officers(), store.search());
    }

    /**
     * Validates and saves a case as one user action.
     *
     * @param actor who saves (the profile officer's id)
     * @return the case's header as committed (its new version and row number)
     * @throws InvalidInputException with the problems by field; nothing was saved
     */
    public CaseHeader save(EnforcementCase c, String actor) {
        database.transaction(tx -> save(tx, c, actor, Origin.LOCAL));
        return cases.header(c.id()).orElseThrow();
    }

    /**
     * Saves a case inside a transaction the caller holds: how the sync engine applies a page of
     * pulled changes and its cursor at once ({@link Origin#SERVER}: audited, not sent back).
     *
     * @return the case's new version
     * @throws InvalidInputException with the problems by field
     */
    public long save(Tx tx, EnforcementCase c, String actor, Origin origin) throws SQLException {
        return cases.save(tx, c, actor, origin);
    }

    public Optional<EnforcementCase> find(UUID id) {
        return cases.find(id);
    }

    /** The header of every case, in list order. */
    public List<CaseHeader> headers() {
        return cases.headers();
    }

    /**
     * The header of every case in list order, from the case list's narrow table (V7): no document
     * is read.
     */
    public List<CaseHeader> listHeaders() {
        return cases.list().headers();
    }

    /** A page of the case list's rows (header, cause, names, deadline facts), in list order. */
    public List<ListedCase> listPage(int offset, int limit) {
        return cases.list().page(offset, limit);
    }

    /** A page of case documents in list order. */
    public List<EnforcementCase> page(int offset, int limit) {
        return cases.page(offset, limit);
    }

    /** The row numbers ({@link CaseHeader#seq()}) of the cases the search text finds, best first. */
    public long[] matches(String text) {
        return search.matches(text);
    }

    /** The court's officers known on this device (to add as present at a session). */
    public List<Officer> officers() {
        return officers.all();
    }
}
