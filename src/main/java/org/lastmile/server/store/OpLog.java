package org.lastmile.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The operations received, keyed (device, op_id), with the result the device was given. */
public final class OpLog {

    /** A stored operation: the hash of the body received and the JSON result given. */
    public record Stored(String bodySha256, String result) {
    }

    private OpLog() {
    }

    public static Optional<Stored> find(Connection c, UUID device, UUID opId) throws SQLException {
        return Sql.one(c, "SELECT body_sha256, result FROM ops WHERE device_id = ? AND op_id = ?",
                r -> new Stored(r.getString(1), r.getString(2)), device, opId);
    }

    public static void add(Connection c, UUID device, UUID opId, String bodySha256, String result, Instant clientTime,
            Instant now, long skewSeconds, boolean skewFlagged) throws SQLException {
        Sql.update(c, "INSERT INTO ops (device_id, op_id, body_sha256, result, client_time, received_at, skew_seconds,"
                + " skew_flagged) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", device, opId, bodySha256, result, clientTime, now,
                skewSeconds, skewFlagged);
    }

    /** How many operations a device sent whose clock was flagged as skewed. */
    public static long skewed(Connection c, UUID device) throws SQLException {
        return Sql.one(c, "SELECT count(*) FROM ops WHERE device_id = ? AND skew_flagged = 1", r -> r.getLong(1), device)
                .orElse(0L);
    }
}
