package org.lastmile.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.domain.InvalidInputException;
import org.lastmile.domain.cases.CaseHeader;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.CaseListQuery;
import org.lastmile.domain.cases.ListedCase;
import org.lastmile.domain.cases.Officer;
import java.sql.SQLException;
import org.lastmile.store.Database;
import org.lastmile.store.Tx;
import org.lastmile.store.outbox.Origin;
import org.lastmile.store.cases.CaseRepository;
import org.lastmile.store.cases.HandedOverCases;
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

    /** Whether the office took the case away from this laptop's officer (read-only here). */
    public boolean handedOver(UUID id) {
        return database.read(tx -> HandedOverCases.handedOver(tx, id));
    }

    /** Every case the office took away from this laptop's officer. */
    public java.util.Set<UUID> handedOver() {
        return database.read(HandedOverCases::all);
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

    /** How many cases the case list shows for a query (issue 18: the list reads its rows on demand). */
    public int listCount(CaseListQuery query) {
        return cases.listWindow().count(query);
    }

    /** At most {@code limit} rows of the case list for a query, from position {@code offset}. */
    public List<ListedCase> listRows(CaseListQuery query, int offset, int limit) {
        return cases.listWindow().rows(query, offset, limit);
    }

    /** Whether a demo case is among those the query shows. */
    public boolean listHasDemo(CaseListQuery query) {
        return cases.listWindow().hasDemo(query);
    }

    /** The {@code n} longest case numbers. */
    public List<String> longestNumbers(int n) {
        return cases.listWindow().longestNumbers(n);
    }

    /** Every row of the case list, one at a time, for a filter that no index answers. */
    public void eachListed(java.util.function.Consumer<ListedCase> each) {
        cases.listWindow().forEach(each);
    }

    /** Hands the row number and first-side names (applicants or respondents) of every listed case of a status. */
    public void eachListedNames(org.lastmile.domain.cases.CaseStatus status, boolean applicants,
            java.util.function.BiConsumer<Long, List<org.lastmile.common.PersonName>> each) {
        cases.listWindow().forEachNames(status, applicants, each);
    }

    /** Hands every listed case of a status (any when null) to {@code each}, one at a time. */
    public void eachListed(org.lastmile.domain.cases.CaseStatus status, java.util.function.Consumer<ListedCase> each) {
        cases.listWindow().forEach(status, each);
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
