package org.lastmile.store;

import java.sql.SQLException;
import org.lastmile.store.audit.AuditLog;
import org.lastmile.store.outbox.Outbox;

/**
 * Writes the two records every user action leaves beside its domain rows, in the same
 * transaction: the outbox operation that will carry it to the server, and the audit event.
 */
public final class ActionLog {

    private ActionLog() {
    }

    /**
     * Records a change that is to be synchronized.
     *
     * @param action the audit action, e.g. {@code case.saved}
     * @param entity the entity kind, e.g. {@code case}
     * @param op the outbox operation, e.g. {@code upsert}
     * @param baseVersion the version the change was made on, {@code null} when new
     * @param payload the canonical JSON written
     */
    public static void change(Tx tx, String actor, String action, String entity, String entityId, String op,
            Long baseVersion, String payload) throws SQLException {
        Outbox.append(tx, entity, entityId, op, baseVersion, payload);
        AuditLog.append(tx, actor, action, entity, entityId, Hashes.sha256(payload));
    }

    /** Records a local action that is not synchronized (a preference), in the audit log only. */
    public static void local(Tx tx, String actor, String action, String entity, String entityId, String payload)
            throws SQLException {
        AuditLog.append(tx, actor, action, entity, entityId, Hashes.sha256(payload));
    }
}
