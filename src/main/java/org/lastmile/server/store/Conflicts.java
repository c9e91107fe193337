package org.lastmile.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The conflict table and the quarantine of refused sealed records. */
public final class Conflicts {

    /** One field changed differently at the office and in the field. */
    public record Row(String opId, String field, String entity, String entityId, String deviceId, String base,
            String office, String device) {
    }

    private Conflicts() {
    }

    public static void add(Connection c, UUID opId, String field, String entity, String entityId, UUID device,
            String base, String office, String deviceValue, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO conflicts (op_id, field, entity, entity_id, device_id, base_value, office_value,"
                + " device_value, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", opId, field, entity, entityId, device,
                base, office, deviceValue, now);
    }

    public static List<Row> open(Connection c) throws SQLException {
        return Sql.list(c, "SELECT op_id, field, entity, entity_id, device_id, base_value, office_value, device_value"
                + " FROM conflicts WHERE resolved_at IS NULL ORDER BY created_at, op_id, field",
                r -> new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getString(8)));
    }

    public static void quarantine(Connection c, UUID device, UUID opId, String entityId, String payload,
            String payloadSha256, String reason, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO quarantine (device_id, op_id, entity_id, payload, payload_sha256, reason, received_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (device_id, op_id) DO NOTHING", device, opId, entityId,
                payload, payloadSha256, reason, now);
    }

    public static long quarantined(Connection c) throws SQLException {
        return Sql.one(c, "SELECT count(*) FROM quarantine", r -> r.getLong(1)).orElse(0L);
    }
}
