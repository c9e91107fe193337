package org.lastmile.sync;

import java.util.UUID;

/**
 * One outbox operation as it goes to the court: the change made on this device with the audit
 * chain head when it was queued.
 *
 * @param seq the outbox row (local order)
 * @param opId the idempotency key: the server applies each op_id once
 * @param entity the kind of entity ({@code case}, {@code record}, {@code officer})
 * @param entityId its id
 * @param op {@code upsert} or {@code seal}
 * @param baseVersion the version the change was made on, {@code null} when new
 * @param payload the canonical JSON of the new state
 * @param chainSeq the audit head's sequence number when it was queued
 * @param chainHash the audit head's hash when it was queued
 * @param createdAt when it was queued, by this device's clock (a claim, never used for order)
 * @param attachments the SHA-256 of every file the entity references that this device holds
 */
public record OutgoingOp(long seq, UUID opId, String entity, String entityId, String op, Long baseVersion,
        String payload, Long chainSeq, String chainHash, java.time.Instant createdAt, java.util.List<String> attachments) {

    public OutgoingOp {
        attachments = java.util.List.copyOf(attachments);
    }

    /** The bytes this operation adds to a batch (its payload in UTF-8, the bulk of it). */
    public long bytes() {
        return payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
}
