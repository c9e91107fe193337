package org.lastmile.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lastmile.store.Database;
import org.lastmile.store.Tx;

/**
 * Fields changed differently at the office and in the field, each with both values, waiting for
 * a person (sync.md: the office value is kept, nothing is resolved silently).
 */
public final class Conflicts {

    /**
     * A stored conflict.
     *
     * @param id its id
     * @param entity the kind of entity
     * @param entityId the entity
     * @param value the field with its base, local and office values
     */
    public record Open(UUID id, String entity, String entityId, FieldConflict value) {
    }

    private final Database database;

    public Conflicts(Database database) {
        this.database = database;
    }

    static void store(Tx tx, OpResult result) throws SQLException {
        String entity;
        String entityId;
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT entity, entity_id FROM outbox WHERE op_id = ?")) {
            s.setString(1, result.opId().toString());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                entity = r.getString(1);
                entityId = r.getString(2);
            }
        }
        List<FieldConflict> fields = result.conflicts().isEmpty()
                ? List.of(new FieldConflict("*", null, null, null)) : result.conflicts();
        for (FieldConflict f : fields) {
            store(tx, result.opId().toString(), entity, entityId, f);
        }
    }

    static void store(Tx tx, String opId, String entity, String entityId, FieldConflict f) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "INSERT INTO sync_conflicts (id, op_id, entity, entity_id, field, base_value, local_value,"
                        + " server_value, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, UUID.randomUUID().toString());
            s.setString(2, opId);
            s.setString(3, entity);
            s.setString(4, entityId);
            s.setString(5, f.field());
            s.setString(6, f.base());
            s.setString(7, f.local());
            s.setString(8, f.server());
            s.setString(9, tx.now().toString());
            s.executeUpdate();
        }
    }

    /**
     * Fills the office's value into open conflicts of an entity that lack it, from the entity as
     * pulled from the court (a push conflict names the field; the value comes with the pull).
     */
    static void officeValues(Tx tx, String entity, String entityId, String payload) throws SQLException {
        List<String[]> open = new ArrayList<>();
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT id, field FROM sync_conflicts"
                + " WHERE entity = ? AND entity_id = ? AND resolved_at IS NULL AND server_value IS NULL")) {
            s.setString(1, entity);
            s.setString(2, entityId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    open.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
        }
        try (PreparedStatement s = tx.connection().prepareStatement(
                "UPDATE sync_conflicts SET server_value = ? WHERE id = ?")) {
            for (String[] c : open) {
                s.setString(1, "*".equals(c[1]) ? payload : JsonField.value(payload, c[1]));
                s.setString(2, c[0]);
                s.executeUpdate();
            }
        }
    }

    /** The conflicts no one has decided yet, oldest first. */
    public List<Open> open() {
        return database.read(tx -> {
            List<Open> list = new ArrayList<>();
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT id, entity, entity_id, field, base_value, local_value, server_value FROM sync_conflicts"
                            + " WHERE resolved_at IS NULL ORDER BY seq");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    list.add(new Open(UUID.fromString(r.getString(1)), r.getString(2), r.getString(3),
                            new FieldConflict(r.getString(4), r.getString(5), r.getString(6), r.getString(7))));
                }
            }
            return list;
        });
    }

    /**
     * Records a person's decision. Choosing the field's value is a new edit made through the
     * services (it goes out like any other); this only closes the conflict.
     *
     * @param resolution {@code office}, {@code field} or {@code merged}
     * @return whether an open conflict was closed
     */
    public boolean resolve(UUID id, String resolution) {
        return database.transaction(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ? AND resolved_at IS NULL")) {
                s.setString(1, tx.now().toString());
                s.setString(2, resolution);
                s.setString(3, id.toString());
                return s.executeUpdate() == 1;
            }
        });
    }

    /** How many conflicts wait for a person. */
    public long openCount() {
        return database.read(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL");
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
