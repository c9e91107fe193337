package org.lastmile.store.outbox;

import java.sql.SQLException;
import org.lastmile.store.Hashes;
import org.lastmile.store.Tx;
import org.lastmile.store.audit.AuditAction;
import org.lastmile.store.audit.AuditLog;

/**
 * Writes the two records every user action leaves beside its domain rows, in the same
 * transaction: the outbox operation that will carry it to the server, and the audit event.
 */
public final class ActionLog {

    private ActionLog() {
    }

    /**
     * Records a change made on this device, which is to be synchronized: the outbox operation and
     * the audit event.
     *
     * @param action what was done; names the entity kind and the outbox operation
     * @param baseVersion the version the change was made on, {@code null} when new
     * @param payload the canonical JSON written
     */
    public static void change(Tx tx, String actor, AuditAction action, String entityId, Long baseVersion,
            String payload) throws SQLException {
        if (!action.synced()) {
            throw new IllegalArgumentException(action + " is a local action");
        }
        Outbox.append(tx, action.entity(), entityId, action.outboxOp(), baseVersion, payload);
        AuditLog.append(tx, actor, action.code(), action.entity(), entityId, Hashes.sha256(payload));
    }

    /**
     * Records a change as its origin asks: one made here goes to the outbox and the audit chain
     * ({@link #change}); one pulled from the server only to the audit chain.
     */
    public static void change(Tx tx, Origin origin, String actor, AuditAction action, String entityId,
            Long baseVersion, String payload) throws SQLException {
        if (origin == Origin.LOCAL) {
            change(tx, actor, action, entityId, baseVersion, payload);
        } else {
            AuditLog.append(tx, actor, action.code(), action.entity(), entityId, Hashes.sha256(payload));
        }
    }

    /** Records a local action that is not synchronized (a preference), in the audit log only. */
    public static void local(Tx tx, String actor, AuditAction action, String entityId, String payload)
            throws SQLException {
        AuditLog.append(tx, actor, action.code(), action.entity(), entityId, Hashes.sha256(payload));
    }
}
