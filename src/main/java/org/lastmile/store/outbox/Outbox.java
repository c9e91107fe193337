package org.lastmile.store.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.lastmile.store.Database;
import org.lastmile.store.Tx;

/**
 * Operations waiting for the court server. An operation is written in the same transaction as
 * the change it carries, so a change is never saved without its way to the server.
 */
public final class Outbox {

    private final Database database;

    public Outbox(Database database) {
        this.database = database;
    }

    /**
     * Appends an operation inside the action's transaction.
     *
     * @param entity the kind of entity, e.g. {@code case}
     * @param entityId its id
     * @param op the operation, e.g. {@code upsert}
     * @param baseVersion the version the change was made on ({@code null} for a new entity)
     * @param payload the canonical JSON of the new state
     * @return the operation's id
     */
    public static UUID append(Tx tx, String entity, String entityId, String op, Long baseVersion, String payload)
            throws SQLException {
        UUID opId = UUID.randomUUID();
        try (PreparedStatement s = tx.connection().prepareStatement(
                "INSERT INTO outbox (op_id, entity, entity_id, op, base_version, payload, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, opId.toString());
            s.setString(2, entity);
            s.setString(3, entityId);
            s.setString(4, op);
            if (baseVersion == null) {
                s.setNull(5, java.sql.Types.INTEGER);
            } else {
                s.setLong(5, baseVersion);
            }
            s.setString(6, payload);
            s.setString(7, tx.now().toString());
            s.executeUpdate();
        }
        return opId;
    }

    /** How many operations wait to be sent. */
    public long pending() {
        return database.read(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT count(*) FROM outbox WHERE state = 'pending'");
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
