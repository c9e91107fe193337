package org.lastmile.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.service.CaseService;
import org.lastmile.store.Tx;
import org.lastmile.store.json.CaseCodec;
import org.lastmile.store.outbox.Origin;

/**
 * Applies one change from the court inside the page's transaction, through the same service a
 * screen uses ({@link Origin#SERVER}: audited, not sent back). A change to an entity with a local
 * edit the court has not answered yet is not applied over it: both values go to the conflict
 * table for a person, and the local edit still goes out (the court then keeps its value and says
 * so). Kinds this device does not hold (records of other devices) are skipped.
 */
final class PullApplier {

    /** The actor of changes that come from the court. */
    static final String COURT_ACTOR = "court";

    /** What became of a pulled change. */
    enum Applied { APPLIED, CONFLICT, SKIPPED }

    private final CaseService cases;
    private final CaseCodec caseCodec;

    PullApplier(CaseService cases, CaseCodec caseCodec) {
        this.cases = cases;
        this.caseCodec = caseCodec;
    }

    Applied apply(Tx tx, CourtLink.PulledChange change) throws SQLException {
        if (!"case".equals(change.entity()) || change.deleted()) {
            return Applied.SKIPPED;
        }
        EnforcementCase c = caseCodec.read(change.payload());
        if (!c.id().equals(UUID.fromString(change.entityId()))) {
            return Applied.SKIPPED;
        }
        String localEdit = unanswered(tx, change.entity(), change.entityId());
        if (localEdit != null) {
            Conflicts.store(tx, null, change.entity(), change.entityId(),
                    new FieldConflict("*", null, localEdit, change.payload()));
            return Applied.CONFLICT;
        }
        if (caseCodec.write(c).equals(current(tx, change.entityId()))) {
            return Applied.SKIPPED; // what this device sent, coming back: nothing to change
        }
        try {
            cases.save(tx, c, COURT_ACTOR, Origin.SERVER);
            Conflicts.officeValues(tx, change.entity(), change.entityId(), change.payload());
        } catch (org.lastmile.common.LocalizedException invalid) {
            // The rules refuse it before writing anything: kept for a person, the page goes on.
            Conflicts.store(tx, null, change.entity(), change.entityId(),
                    new FieldConflict("!" + invalid.messageKey(), null, current(tx, change.entityId()), change.payload()));
            return Applied.CONFLICT;
        }
        return Applied.APPLIED;
    }

    /** The payload of the newest local operation on the entity that the court has not settled. */
    private static String unanswered(Tx tx, String entity, String entityId) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT payload FROM outbox WHERE entity = ?"
                + " AND entity_id = ? AND " + OutboxQueue.UNSETTLED + " ORDER BY seq DESC LIMIT 1")) {
            s.setString(1, entity);
            s.setString(2, entityId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static String current(Tx tx, String id) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT doc FROM cases WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
