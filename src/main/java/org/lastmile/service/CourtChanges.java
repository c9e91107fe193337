package org.lastmile.service;

import java.sql.SQLException;
import java.util.Objects;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.Officer;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.store.Tx;
import org.lastmile.store.cases.CaseRepository;
import org.lastmile.store.cases.OfficerRepository;
import org.lastmile.store.cases.Tombstones;
import org.lastmile.store.open.Store;
import org.lastmile.store.outbox.Origin;
import org.lastmile.store.records.RecordRepository;

/**
 * Changes pulled from the court (法院), applied inside the sync engine's page transaction with the
 * same rules as an edit made here ({@link Origin#SERVER}: audited, never sent back): cases,
 * officers, draft records, sealed records from their exact bytes, and tombstones.
 */
public final class CourtChanges {

    private final CaseRepository cases;
    private final OfficerRepository officers;
    private final RecordRepository records;

    public CourtChanges(CaseRepository cases, OfficerRepository officers, RecordRepository records) {
        this.cases = Objects.requireNonNull(cases);
        this.officers = Objects.requireNonNull(officers);
        this.records = Objects.requireNonNull(records);
    }

    public static CourtChanges of(Store store) {
        return new CourtChanges(store.cases(), store.officers(), store.records());
    }

    public void saveCase(Tx tx, EnforcementCase c, String actor) throws SQLException {
        cases.save(tx, c, actor, Origin.SERVER);
    }

    public void saveOfficer(Tx tx, Officer o, String actor) throws SQLException {
        officers.save(tx, o, actor, Origin.SERVER);
    }

    /** @throws org.lastmile.common.LocalizedException {@code record.error.sealed} when sealed here */
    public void saveDraft(Tx tx, SiteRecord r, String actor) throws SQLException {
        records.saveDraft(tx, r, actor, Origin.SERVER);
    }

    /** @return false when held sealed already with the same bytes */
    public boolean storeSealed(Tx tx, String bytes, long version, String actor) throws SQLException {
        return records.storeSealed(tx, bytes, version, actor);
    }

    /**
     * Applies a tombstone of a case or a draft record.
     *
     * @return false when the entity is not here
     */
    public boolean delete(Tx tx, String entity, String id, String actor) throws SQLException {
        return switch (entity) {
            case "case" -> Tombstones.deleteCase(tx, id, actor);
            case "record" -> Tombstones.deleteDraft(tx, id, actor);
            default -> false;
        };
    }
}
