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
 * @param basePayload the content the change was made on when the court's {@code baseVersion} holds
 *     other content ({@link Rebase#basePayload}); {@code null} otherwise
 */
public record OutgoingOp(long seq, UUID opId, String entity, String entityId, String op, Long baseVersion,
        String payload, Long chainSeq, String chainHash, java.time.Instant createdAt, java.util.List<String> attachments,
        String basePayload) {

    public OutgoingOp {
        attachments = java.util.List.copyOf(attachments);
    }

    /** An operation made on the content of its base version. */
    public OutgoingOp(long seq, UUID opId, String entity, String entityId, String op, Long baseVersion,
            String payload, Long chainSeq, String chainHash, java.time.Instant createdAt,
            java.util.List<String> attachments) {
        this(seq, opId, entity, entityId, op, baseVersion, payload, chainSeq, chainHash, createdAt, attachments, null);
    }

    /**
     * The bytes this operation adds to a batch (its payload in UTF-8, the bulk of it): counted,
     * not encoded, since the outbox asks it of every operation it batches (encoding the mostly
     * Chinese payloads was ~2 % of a push's CPU, docs/performance.md). The count is that of
     * {@code getBytes(UTF_8)}, a lone surrogate being one byte ({@code ?}) there too.
     */
    public long bytes() {
        long n = 0;
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < payload.length()
                    && Character.isLowSurrogate(payload.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                n++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
