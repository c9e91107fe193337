package org.lastmile.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.lastmile.common.LocalizedException;
import org.lastmile.service.CourtChanges;
import org.lastmile.store.Tx;
import org.lastmile.store.cases.HandedOverCases;
import org.lastmile.store.json.CaseCodec;
import org.lastmile.store.json.OfficerCodec;
import org.lastmile.store.json.RecordCodec;
import org.lastmile.sync.protocol.Change;

/**
 * Applies one change from the court inside the page's transaction, through the services as a
 * screen's edit would go ({@code Origin.SERVER}: audited, not sent back): cases, officers, draft
 * and sealed records, and tombstones. A change to an entity with a local edit the court has not
 * answered yet is not applied over it: the local edit still goes out (the court merges it, or
 * keeps its own value and reports the conflict with both values), and the court's content is
 * kept ({@link Deferred}) and applied once that answer is here, so that the laptop then holds the
 * court's content under the court's version. A tombstone racing a local edit is a conflict for a
 * person. A record whose case is not here yet is kept the same way until its case comes down. A
 * change the rules refuse goes to the conflict table; the page goes on. A notice that the office took a
 * case away ({@code unassign}) marks it handed over; a later change of the case clears that.
 *
 * <p>After a change is applied the local row carries the court's version of it (see
 * {@link LocalVersions}): the next edit made here names that version as its base.
 */
final class PullApplier {

    /** The actor of changes that come from the court. */
    static final String COURT_ACTOR = "court";

    /** What became of a pulled change. */
    enum Applied { APPLIED, CONFLICT, SKIPPED, DEFERRED }

    /** The local table of each kind the court sends. */
    private static final Map<String, String> TABLES = Map.of("case", "cases", "officer", "officers", "record", "records");

    private final CourtChanges changes;
    private final CaseCodec caseCodec;
    private final OfficerCodec officerCodec;
    private final RecordCodec recordCodec;

    PullApplier(CourtChanges changes, CaseCodec caseCodec, OfficerCodec officerCodec, RecordCodec recordCodec) {
        this.changes = changes;
        this.caseCodec = caseCodec;
        this.officerCodec = officerCodec;
        this.recordCodec = recordCodec;
    }

    Applied apply(Tx tx, CourtLink.PulledChange change) throws SQLException {
        String table = TABLES.get(change.entity());
        if (table == null) {
            return Applied.SKIPPED;
        }
        if ("case".equals(change.entity())) {
            if (Change.UNASSIGN.equals(change.op())) {
                return handedOver(tx, change);
            }
            // the court feeds the case again only to an officer it is assigned to: his again
            HandedOverCases.assignedAgain(tx, change.entityId(), change.serverSeq());
        }
        String localEdit = unanswered(tx, change.entity(), change.entityId());
        if (localEdit != null) {
            if (!change.deleted()) {
                Deferred.keep(tx, change);
                return Applied.DEFERRED;
            }
            Conflicts.store(tx, null, change.entity(), change.entityId(),
                    new FieldConflict("_deleted", null, localEdit, null));
            return Applied.CONFLICT;
        }
        Deferred.drop(tx, change.entity(), change.entityId()); // this change is the court's newest here
        String current = LocalVersions.doc(tx, table, change.entityId());
        try {
            if (change.deleted()) {
                return changes.delete(tx, change.entity(), change.entityId(), COURT_ACTOR) ? Applied.APPLIED
                        : Applied.SKIPPED;
            }
            if (!idMatches(change)) {
                return Applied.SKIPPED;
            }
            boolean seal = CourtLink.SEAL.equals(change.op());
            if (!seal && change.payload().equals(current)) {
                // what this laptop sent, coming back (or already here): only the court's version is new
                LocalVersions.align(tx, table, change.entityId(), change.version());
                return Applied.SKIPPED;
            }
            switch (change.entity()) {
                case "case" -> changes.saveCase(tx, caseCodec.read(change.payload()), COURT_ACTOR);
                case "officer" -> changes.saveOfficer(tx, officerCodec.read(change.payload()), COURT_ACTOR);
                default -> {
                    if (!LocalVersions.exists(tx, "cases", recordCodec.read(change.payload()).caseId().toString())) {
                        Deferred.keep(tx, change); // its case comes down later in this pull or the next
                        return Applied.DEFERRED;
                    }
                    if (seal) { // the same bytes as the last draft, perhaps: still a seal to store
                        if (!changes.storeSealed(tx, change.payload(), change.version(), COURT_ACTOR)) {
                            return Applied.SKIPPED;
                        }
                    } else {
                        changes.saveDraft(tx, recordCodec.read(change.payload()), COURT_ACTOR);
                    }
                    // its photos, signature images and sketch, made on another laptop, are fetched after the pull
                    DownloadQueue.wantFilesOf(tx, change.payload());
                }
            }
            LocalVersions.align(tx, table, change.entityId(), change.version());
            Conflicts.officeValues(tx, change.entity(), change.entityId(), change.payload());
        } catch (LocalizedException refused) {
            // The rules refuse it before writing anything: kept for a person, the page goes on.
            Conflicts.store(tx, null, change.entity(), change.entityId(),
                    new FieldConflict("!" + refused.messageKey(), null, current, change.payload()));
            return Applied.CONFLICT;
        }
        return Applied.APPLIED;
    }

    /**
     * The office took the case away from this officer: it stays here as it was, read-only for new
     * work ({@link HandedOverCases}); what is queued on it still goes up. A case never here: nothing.
     */
    private static Applied handedOver(Tx tx, CourtLink.PulledChange notice) throws SQLException {
        if (!LocalVersions.exists(tx, "cases", notice.entityId())) {
            return Applied.SKIPPED;
        }
        HandedOverCases.mark(tx, notice.entityId(), notice.serverSeq());
        return Applied.APPLIED;
    }

    private boolean idMatches(CourtLink.PulledChange change) {
        UUID id = UUID.fromString(change.entityId());
        return switch (change.entity()) {
            case "case" -> caseCodec.read(change.payload()).id().equals(id);
            case "officer" -> officerCodec.read(change.payload()).id().equals(id);
            default -> recordCodec.read(change.payload()).id().equals(id);
        };
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
}
