package org.lastmile.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.lastmile.store.Tx;

/**
 * Changes from the court kept until they can be applied ({@code sync_deferred}): the court's
 * content of an entity that had a local edit the court had not answered yet, and records whose case
 * is not here yet. Without the first the laptop either wrote the court's content under its own edit
 * or kept its own content under the court's version number (the next edit then named a base whose
 * content it never held and was taken over the office's value). Without the second the cursor
 * passed the record and it never came down. One row per entity: the court's newest.
 */
final class Deferred {

    private Deferred() {
    }

    static void keep(Tx tx, CourtLink.PulledChange change) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement("INSERT INTO sync_deferred (entity, entity_id,"
                + " server_seq, version, op, deleted, payload) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (entity, entity_id) DO UPDATE SET server_seq = excluded.server_seq,"
                + " version = excluded.version, op = excluded.op, deleted = excluded.deleted, payload = excluded.payload"
                + " WHERE excluded.server_seq > sync_deferred.server_seq")) {
            s.setString(1, change.entity());
            s.setString(2, change.entityId());
            s.setLong(3, change.serverSeq());
            s.setLong(4, change.version());
            s.setString(5, change.op());
            s.setInt(6, change.deleted() ? 1 : 0);
            s.setString(7, change.payload());
            s.executeUpdate();
        }
    }

    /** Forgets what was kept for an entity (a newer change of it was applied). */
    static void drop(Tx tx, String entity, String entityId) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "DELETE FROM sync_deferred WHERE entity = ? AND entity_id = ?")) {
            s.setString(1, entity);
            s.setString(2, entityId);
            s.executeUpdate();
        }
    }

    /** Everything kept, in the court's order. */
    static List<CourtLink.PulledChange> all(Tx tx) throws SQLException {
        List<CourtLink.PulledChange> out = new ArrayList<>();
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT server_seq, entity, entity_id, version,"
                + " deleted, payload, op FROM sync_deferred ORDER BY server_seq");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new CourtLink.PulledChange(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4),
                        r.getInt(5) == 1, r.getString(6), r.getString(7)));
            }
        }
        return out;
    }
}
