package org.lastmile.store.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.store.Database;
import org.lastmile.store.Hashes;
import org.lastmile.store.Tx;

/**
 * The append-only audit log: every user action appends one event whose hash covers the previous
 * event's hash, so that changing or removing any event breaks the chain from there on. Triggers in
 * the schema refuse updates and deletes; {@link #verify} finds edits made around them.
 */
public final class AuditLog {

    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private final Database database;

    public AuditLog(Database database) {
        this.database = database;
    }

    /** Appends an event inside the action's transaction. */
    public static AuditEvent append(Tx tx, String actor, String action, String entity, String entityId,
            String payloadSha256) throws SQLException {
        long seq;
        String prev;
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1");
                ResultSet r = s.executeQuery()) {
            seq = r.next() ? r.getLong(1) + 1 : 1;
            prev = seq == 1 ? GENESIS : r.getString(2);
        }
        String id = UUID.randomUUID().toString();
        Instant at = tx.now();
        String hash = chainHash(seq, id, at, actor, action, entity, entityId, payloadSha256, prev);
        try (PreparedStatement s = tx.connection().prepareStatement(
                "INSERT INTO audit_events (seq, id, at, actor, action, entity, entity_id, payload_sha256, prev_hash, hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, seq);
            s.setString(2, id);
            s.setString(3, at.toString());
            s.setString(4, actor);
            s.setString(5, action);
            s.setString(6, entity);
            s.setString(7, entityId);
            s.setString(8, payloadSha256);
            s.setString(9, prev);
            s.setString(10, hash);
            s.executeUpdate();
        }
        return new AuditEvent(seq, id, at, actor, action, entity, entityId, payloadSha256, prev, hash);
    }

    /** The hash of an event: SHA-256 over its fields, one per line, starting with the previous hash. */
    static String chainHash(long seq, String id, Instant at, String actor, String action, String entity,
            String entityId, String payloadSha256, String prevHash) {
        return Hashes.sha256(String.join("\n", prevHash, Long.toString(seq), id, at.toString(), actor, action,
                entity, entityId, payloadSha256));
    }

    /** Who last did {@code action} to an entity (who sealed a record), if anyone did. */
    public Optional<String> lastActor(AuditAction action, String entityId) {
        return database.read(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement("SELECT actor FROM audit_events"
                    + " WHERE action = ? AND entity = ? AND entity_id = ? ORDER BY seq DESC LIMIT 1")) {
                s.setString(1, action.code());
                s.setString(2, action.entity());
                s.setString(3, entityId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Walks the whole chain and reports the first event that does not hold. */
    public ChainCheck verify() {
        return database.read(tx -> {
            long count = 0;
            String expectedPrev = GENESIS;
            long expectedSeq = 1;
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT seq, id, at, actor, action, entity, entity_id, payload_sha256, prev_hash, hash"
                            + " FROM audit_events ORDER BY seq");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    AuditEvent e;
                    try {
                        e = new AuditEvent(r.getLong(1), r.getString(2), Instant.parse(r.getString(3)),
                                r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                                r.getString(9), r.getString(10));
                    } catch (RuntimeException unreadable) {
                        AuditEvent partial = new AuditEvent(r.getLong(1), r.getString(2), Instant.EPOCH, "", "", "",
                                "", "", "", "");
                        return new ChainCheck(count + 1, Optional.of(partial), ChainCheck.Reason.HASH);
                    }
                    count++;
                    if (e.seq() != expectedSeq || !e.prevHash().equals(expectedPrev)) {
                        return new ChainCheck(count, Optional.of(e), ChainCheck.Reason.LINK);
                    }
                    if (!e.expectedHash().equals(e.hash())) {
                        return new ChainCheck(count, Optional.of(e), ChainCheck.Reason.HASH);
                    }
                    expectedPrev = e.hash();
                    expectedSeq++;
                }
            }
            return new ChainCheck(count, Optional.empty(), null);
        });
    }
}
