package org.lastmile.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Enrolment codes, devices, their tokens (kept as hashes) and revocation. */
public final class Devices {

    /** The previous hash of a device's first audit event (the laptop's {@code AuditLog.GENESIS}). */
    public static final String GENESIS = "0".repeat(64);

    private static final String SELECT = "SELECT d.id, d.officer_id, o.court_code, d.revoked_at, d.chain_seq, d.chain_hash"
            + " FROM devices d LEFT JOIN officers o ON o.id = d.officer_id";

    private Devices() {
    }

    public static void addCode(Connection c, String codeSha256, String officerId, String courtCode, Instant now)
            throws SQLException {
        Sql.update(c, "INSERT INTO enrol_codes (code_sha256, officer_id, created_at) VALUES (?, ?, ?)",
                codeSha256, officerId, now);
        if (Sql.update(c, "UPDATE officers SET court_code = COALESCE(?, court_code) WHERE id = ?", courtCode,
                officerId) == 0) {
            Sql.update(c, "INSERT INTO officers (id, court_code) VALUES (?, ?)", officerId, courtCode);
        }
    }

    /** Uses a code once: the officer it names, or empty when it is unknown or used. */
    public static Optional<String> useCode(Connection c, String codeSha256, Instant now) throws SQLException {
        Optional<String> officer = Sql.one(c, "SELECT officer_id FROM enrol_codes WHERE code_sha256 = ? AND used_at IS NULL",
                r -> r.getString(1), codeSha256);
        if (officer.isPresent()) {
            Sql.update(c, "UPDATE enrol_codes SET used_at = ? WHERE code_sha256 = ?", now, codeSha256);
        }
        return officer;
    }

    public static void add(Connection c, UUID id, String officerId, String name, String tokenSha256, Instant now)
            throws SQLException {
        Sql.update(c, "INSERT INTO devices (id, officer_id, name, token_sha256, enrolled_at, chain_seq, chain_hash)"
                + " VALUES (?, ?, ?, ?, ?, 0, ?)", id, officerId, name, tokenSha256, now, GENESIS);
    }

    public static Optional<Device> byToken(Connection c, String tokenSha256) throws SQLException {
        return Sql.one(c, SELECT + " WHERE d.token_sha256 = ?", Devices::read, tokenSha256);
    }

    public static Optional<Device> byId(Connection c, UUID id) throws SQLException {
        return Sql.one(c, SELECT + " WHERE d.id = ?", Devices::read, id);
    }

    public static List<Device> all(Connection c) throws SQLException {
        return Sql.list(c, SELECT + " ORDER BY d.enrolled_at", Devices::read);
    }

    /** Revokes a device; false when there is no such device. */
    public static boolean revoke(Connection c, UUID id, Instant now) throws SQLException {
        return Sql.update(c, "UPDATE devices SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?", now, id) == 1;
    }

    public static void setHead(Connection c, UUID id, long seq, String hash) throws SQLException {
        Sql.update(c, "UPDATE devices SET chain_seq = ?, chain_hash = ? WHERE id = ?", seq, hash, id);
    }

    private static Device read(java.sql.ResultSet r) throws SQLException {
        return new Device(UUID.fromString(r.getString(1)), r.getString(2), r.getString(3), r.getString(4) != null,
                r.getLong(5), r.getString(6));
    }
}
