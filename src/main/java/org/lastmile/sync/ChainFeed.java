package org.lastmile.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lastmile.store.Database;
import org.lastmile.store.audit.AuditEvent;
import org.lastmile.store.audit.AuditLog;
import org.lastmile.store.audit.ChainHead;

/**
 * The part of the audit chain a push carries: the events after the head the court last signed a
 * receipt for, up to the head now (at most {@code max} of them; the rest go with the next batch).
 */
final class ChainFeed {

    /**
     * @param head the head to send (the last of {@code events}, or the acknowledged one)
     * @param events the events after the acknowledged head, oldest first
     */
    record Slice(ChainHead head, List<AuditEvent> events) {
    }

    private final Database database;
    private final int max;

    ChainFeed(Database database, int max) {
        this.database = database;
        this.max = max;
    }

    Slice next() {
        return database.read(tx -> {
            long acknowledged = Receipts.acknowledged(tx);
            List<AuditEvent> events = new ArrayList<>();
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT seq, id, at, actor, action, entity, entity_id, payload_sha256, prev_hash, hash"
                            + " FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?")) {
                s.setLong(1, acknowledged);
                s.setInt(2, max);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        events.add(new AuditEvent(r.getLong(1), r.getString(2), Instant.parse(r.getString(3)),
                                r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                                r.getString(9), r.getString(10)));
                    }
                }
            }
            ChainHead head = events.isEmpty() ? at(tx, acknowledged)
                    : new ChainHead(events.get(events.size() - 1).seq(), events.get(events.size() - 1).hash());
            return new Slice(head, events);
        });
    }

    private static ChainHead at(org.lastmile.store.Tx tx, long seq) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT hash FROM audit_events WHERE seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new ChainHead(seq, r.getString(1)) : new ChainHead(0, AuditLog.GENESIS);
            }
        }
    }
}
