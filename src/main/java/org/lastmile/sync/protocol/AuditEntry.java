package org.lastmile.sync.protocol;

import java.time.Instant;

/**
 * One event of the device's audit chain, exactly as the laptop stores it
 * ({@code org.lastmile.store.audit.AuditEvent}), so that the server can recompute its hash.
 */
public record AuditEntry(long seq, String id, Instant at, String actor, String action, String entity,
        String entityId, String payloadSha256, String prevHash, String hash) {

    public AuditEntry {
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1");
        }
        Check.text(id, "id");
        Check.present(at, "at");
        Check.text(actor, "actor");
        Check.text(action, "action");
        Check.text(entity, "entity");
        Check.text(entityId, "entity_id");
        Check.sha256(payloadSha256, "payload_sha256");
        Check.sha256(prevHash, "prev_hash");
        Check.sha256(hash, "hash");
    }
}
