package org.lastmile.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * entity.)
 */
final class Rebase {

    private Rebase() {
    }

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
        if (base == null || took && (result.serverVersion() == null || result.serverVersion() == base + 1)) {
            return; // new, taken straight on, or the court did not say: the queued bases stand
        }
        try (PreparedStatement s = tx.connection().prepareStatement("UPDATE outbox SET base_version = ?"
                + " WHERE entity = ? AND entity_id = ? AND seq > ? AND state = 'pending'")) {
            s.setLong(1, base);
            s.setString(2, entity);
            s.setString(3, entityId);
            s.setLong(4, seq);
            s.executeUpdate();
        }
    }
}
