package org.lastmile.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.sync.protocol.AuditEntry;

/** Each device's audit chain as received, and its newest signed receipt. */
public final class Chains {

    private Chains() {
    }

    public static void add(Connection c, UUID device, AuditEntry e, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO device_chain (device_id, seq, id, at, actor, action, entity, entity_id, payload_sha256,"
                + " prev_hash, hash, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", device, e.seq(), e.id(),
                e.at(), e.actor(), e.action(), e.entity(), e.entityId(), e.payloadSha256(), e.prevHash(), e.hash(), now);
    }

    /** The stored hash of one event, if the server holds it. */
    public static Optional<String> hashAt(Connection c, UUID device, long seq) throws SQLException {
        return Sql.one(c, "SELECT hash FROM device_chain WHERE device_id = ? AND seq = ?", r -> r.getString(1), device, seq);
    }

    public static List<AuditEntry> all(Connection c, UUID device) throws SQLException {
        return Sql.list(c, "SELECT seq, id, at, actor, action, entity, entity_id, payload_sha256, prev_hash, hash"
                + " FROM device_chain WHERE device_id = ? ORDER BY seq", r -> new AuditEntry(r.getLong(1), r.getString(2),
                        Instant.parse(r.getString(3)), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                        r.getString(8), r.getString(9), r.getString(10)), device);
    }

    public static void saveReceipt(Connection c, UUID device, String body) throws SQLException {
        if (Sql.update(c, "UPDATE receipts SET body = ? WHERE device_id = ?", body, device) == 0) {
            Sql.update(c, "INSERT INTO receipts (device_id, body) VALUES (?, ?)", device, body);
        }
    }

    public static Optional<String> receipt(Connection c, UUID device) throws SQLException {
        return Sql.one(c, "SELECT body FROM receipts WHERE device_id = ?", r -> r.getString(1), device);
    }
}
