package org.lastmile.server.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Entities and their change feed: each change gets the next server sequence and one row in {@code changes}. */
public final class Entities {

    private Entities() {
    }

    public static Optional<EntityRow> find(Connection c, String entity, String entityId) throws SQLException {
        return Sql.one(c, "SELECT entity, entity_id, version, payload, payload_sha256, sealed, deleted, court_code,"
                + " case_id, case_number, officer_ids FROM entities WHERE entity = ? AND entity_id = ?",
                Entities::read, entity, entityId);
    }

    /** The payload of an earlier version (the base of a merge), if the server has it. */
    public static Optional<String> payloadAt(Connection c, String entity, String entityId, long version)
            throws SQLException {
        return Sql.one(c, "SELECT payload FROM changes WHERE entity = ? AND entity_id = ? AND version = ?",
                r -> r.getString(1), entity, entityId, version);
    }

    /** The id of the case holding a number, if any. */
    public static Optional<String> caseWithNumber(Connection c, String caseNumber) throws SQLException {
        return Sql.one(c, "SELECT entity_id FROM entities WHERE case_number = ?", r -> r.getString(1), caseNumber);
    }

    /**
     * Writes a new version and its change row.
     *
     * @param sequence from {@link Sequencer#next}, taken first in this transaction
     * @param originDevice the device that sent it ({@code null}: the office)
     * @param exact whether the device already holds exactly this content (it is not sent back on pull)
     */
    public static void write(Connection c, long sequence, EntityRow row, String op, String originDevice,
            boolean exact, Instant now) throws SQLException {
        Scope s = row.scope();
        List<String> before = "case".equals(row.entity()) ? Sql.one(c, "SELECT officer_ids FROM entities"
                + " WHERE entity = 'case' AND entity_id = ?", r -> Scope.parseOfficers(r.getString(1)), row.entityId())
                .orElse(List.of()) : List.of();
        int updated = Sql.update(c, "UPDATE entities SET version = ?, payload = ?, payload_sha256 = ?, sealed = ?,"
                + " deleted = ?, court_code = ?, case_id = ?, case_number = ?, officer_ids = ?, sequence = ?"
                + " WHERE entity = ? AND entity_id = ?", row.version(), row.payload(), row.payloadSha256(),
                row.sealed(), row.deleted(), s.courtCode(), s.caseId(), s.caseNumber(), s.officersText(), sequence,
                row.entity(), row.entityId());
        if (updated == 0) {
            Sql.update(c, "INSERT INTO entities (entity, entity_id, version, payload, payload_sha256, sealed, deleted,"
                    + " court_code, case_id, case_number, officer_ids, sequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row.entity(), row.entityId(), row.version(), row.payload(), row.payloadSha256(), row.sealed(),
                    row.deleted(), s.courtCode(), s.caseId(), s.caseNumber(), s.officersText(), sequence);
        }
        Sql.update(c, "INSERT INTO changes (sequence, entity, entity_id, op, version, payload, payload_sha256,"
                + " court_code, case_id, officer_ids, origin_device, origin_exact, server_time)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sequence, row.entity(), row.entityId(), op,
                row.version(), row.payload(), row.payloadSha256(), s.courtCode(), s.caseId(), s.officersText(),
                originDevice, exact, now);
        if ("case".equals(row.entity()) && !row.deleted()) {
            // an officer the case just gained receives its earlier records again (Refeed)
            Refeed.assigned(c, row.entityId(), s.officerIds().stream().filter(o -> !before.contains(o)).toList());
            // an officer it lost is told (Unassignments)
            Unassignments.taken(c, row.entityId(), before.stream().filter(o -> !s.officerIds().contains(o)).toList());
        }
    }

    /** Every entity of a kind, current state (for the office's lists). */
    public static List<EntityRow> all(Connection c, String entity) throws SQLException {
        return Sql.list(c, "SELECT entity, entity_id, version, payload, payload_sha256, sealed, deleted, court_code,"
                + " case_id, case_number, officer_ids FROM entities WHERE entity = ? ORDER BY sequence",
                Entities::read, entity);
    }

    /** Whether an officer's devices sent a change of this entity (a case made in the field). */
    public static boolean touchedBy(Connection c, String entity, String entityId, String officerId) throws SQLException {
        return Sql.one(c, "SELECT 1 FROM changes ch JOIN devices d ON d.id = ch.origin_device"
                + " WHERE ch.entity = ? AND ch.entity_id = ? AND d.officer_id = ?", r -> true, entity, entityId, officerId)
                .isPresent();
    }

    /**
     * Whether a device's officer may work on a case. Assigned to it (and, when the office named the
     * officer's court, the case of that court): yes. Taken off it ({@link Unassignments}): only what
     * the device sends before it has pulled the notice (made while the case was his). Otherwise: a
     * case made on one of the officer's devices.
     */
    public static boolean caseOpenTo(Connection c, EntityRow theCase, Device device) throws SQLException {
        if (theCase.deleted()) {
            return false;
        }
        boolean ofHisCourt = device.courtCode() == null || device.courtCode().equals(theCase.scope().courtCode());
        if (ofHisCourt && theCase.scope().officerIds().contains(device.officerId())) {
            return true;
        }
        Optional<Boolean> before = Unassignments.madeBeforeTheDeviceKnew(c, device.id(), device.officerId(),
                theCase.entityId());
        if (before.isPresent()) {
            return before.get();
        }
        return ofHisCourt && touchedBy(c, "case", theCase.entityId(), device.officerId());
    }

    private static EntityRow read(ResultSet r) throws SQLException {
        return new EntityRow(r.getString(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5),
                r.getInt(6) == 1, r.getInt(7) == 1,
                new Scope(r.getString(8), r.getString(9), r.getString(10), Scope.parseOfficers(r.getString(11))));
    }
}
