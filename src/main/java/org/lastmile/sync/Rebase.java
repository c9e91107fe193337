package org.lastmile.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import org.lastmile.store.Tx;

/**
 * Keeps the base of queued edits true when the court did not take an edit as it was.
 *
 * <p>An edit's base names the version it was made on, which the court merges against. Edits
 * queued here one after another each name the version the one before made here. When the court
 * took the first straight on (its base was the court's current version) it made the same version
 * and the next base is right. When it merged the first with an office edit, or kept the office's
 * value in a conflict, that version number means the office's content on the court; merging the
 * next edit against it would count every office change as undone here and silently take it back.
 * So the later queued edits of that entity name the first one's base instead: a version both sides
 * share, the true common base. (They wait for the first one's answer: a batch holds one edit per
 * entity.) The court may also take the first edit with a merge that equals the office's content:
 * it then writes nothing, answers {@code applied} without a sequence and with the office's
 * version, which can be base + 1 like a straight take; that is a merge too
 * ({@code TwoQueuedEditsTest}).
 *
 * <p>The common base alone says too little when the later edits change a field the first one
 * changed too: the court holds the first edit's value, which the base does not, and took it for
 * another side's change (a conflict row whose "office" value was this laptop's own older value,
 * {@code QueuedEditsOfOneFieldTest}). So such an edit also carries the content it was made on,
 * the previous edit's payload ({@link #basePayload}), and the court merges against that.
 */
final class Rebase {

    private Rebase() {
    }

    /** The local table of each entity kind. */
    private static final Map<String, String> TABLES = Map.of("case", "cases", "officer",
            "officers", "record", "records");

    /**
     * The content an edit was made on when the court's version it names holds other content, else
     * {@code null}. That is so when the laptop's previous operation of the entity named the same
     * base and the court took it: both name the common base only because {@link #after} set it
     * (the queued edits, and the local row, whose later edits name it too), so the edit was made on
     * that previous one, whose payload is its true base. Nothing else puts two edits of one entity
     * on one base: a save counts the local version up, and a pulled change brings the court's
     * newer number. A previous operation refused by the court is no base (the court never held it).
     */
    static String basePayload(Tx tx, OutgoingOp op) throws SQLException {
        if (op.baseVersion() == null || !"upsert".equals(op.op())) {
            return null;
        }
        // Backwards from this row along the primary key: the entity's previous edit is near.
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT op, base_version, result, payload"
                + " FROM outbox WHERE seq < ? AND entity = ? AND entity_id = ? ORDER BY seq DESC LIMIT 1")) {
            s.setLong(1, op.seq());
            s.setString(2, op.entity());
            s.setString(3, op.entityId());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || !"upsert".equals(r.getString(1))) {
                    return null;
                }
                long base = r.getLong(2);
                if (r.wasNull() || base != op.baseVersion() || !TAKEN.contains(r.getString(3))) {
                    return null;
                }
                return r.getString(4);
            }
        }
    }

    /** The answers under which the court holds an operation's content (or merged it). */
    private static final Set<String> TAKEN = Set.of(OpOutcome.APPLIED.code(),
            OpOutcome.AWAITING_ATTACHMENTS.code(), OpOutcome.DUPLICATE.code(), OpOutcome.CONFLICT.code());

    static void after(Tx tx, OpResult result) throws SQLException {
        boolean took = result.outcome() == OpOutcome.APPLIED || result.outcome() == OpOutcome.AWAITING_ATTACHMENTS;
        if (!took && result.outcome() != OpOutcome.CONFLICT) {
            return;
        }
        long seq;
        String entity;
        String entityId;
        Long base;
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT seq, entity, entity_id, base_version FROM outbox WHERE op_id = ?")) {
            s.setString(1, result.opId().toString());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return;
                }
                seq = r.getLong(1);
                entity = r.getString(2);
                entityId = r.getString(3);
                long b = r.getLong(4);
                base = r.wasNull() ? null : b;
            }
        }
        if (base == null || took && (result.serverVersion() == null
                || result.serverVersion() == base + 1 && result.serverSeq() != null)) {
            return; // new, taken straight on, or the court did not say: the queued bases stand
        }
        // Taken without a sequence: the court wrote nothing, its content (the office's, after a
        // merge) already said what this edit says. Its version number is then base + 1 like a
        // straight take, but it names the office's content, not this laptop's: rebase too.
        try (PreparedStatement s = tx.connection().prepareStatement("UPDATE outbox SET base_version = ?"
                + " WHERE entity = ? AND entity_id = ? AND seq > ? AND state = 'pending'")) {
            s.setLong(1, base);
            s.setString(2, entity);
            s.setString(3, entityId);
            s.setLong(4, seq);
            s.executeUpdate();
        }
        // The local row takes that base as its version as well (EditAfterMergeTest): an edit saved
        // from now on (before the pull brings the court's content) must name that base too. The
        // local count has moved past it and may name a version the court made with other content
        // (taken "straight on" over the office's value) or one it never made (refused).
        String table = TABLES.get(entity);
        if (table != null) {
            LocalVersions.align(tx, table, entityId, base);
        }
    }
}
