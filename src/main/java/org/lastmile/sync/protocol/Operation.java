package org.lastmile.sync.protocol;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One outbox row on its way to the server (table {@code outbox} on the laptop).
 *
 * @param opId the row's {@code op_id}: the idempotency key, with the device
 * @param entity {@code case}, {@code officer} or {@code record}
 * @param entityId the entity's UUID
 * @param op {@code upsert}, {@code seal} or {@code delete}
 * @param baseVersion the version the change was made on; {@code null} for a new entity
 * @param payload the exact canonical JSON text the laptop wrote (for {@code seal}: the sealed bytes);
 *     {@code null} only for {@code delete}
 * @param payloadSha256 SHA-256 of the payload's UTF-8 bytes (for {@code seal}: the seal hash)
 * @param createdAt the laptop's clock when the change was made: a claim, never used for order
 * @param attachments SHA-256 of every file the entity references (photos, signatures); empty when none
 */
public record Operation(UUID opId, String entity, String entityId, String op, Long baseVersion, String payload,
        String payloadSha256, Instant createdAt, List<String> attachments) {

    public static final String UPSERT = "upsert";
    public static final String SEAL = "seal";
    public static final String DELETE = "delete";

    public Operation {
        Check.present(opId, "op_id");
        Check.text(entity, "entity");
        Check.text(entityId, "entity_id");
        Check.text(op, "op");
        if (baseVersion != null) {
            Check.notNegative(baseVersion, "base_version");
        }
        if (payload == null && !DELETE.equals(op)) {
            throw new IllegalArgumentException("payload is missing");
        }
        if (payload != null && payload.length() > Limits.MAX_PAYLOAD_CHARS) {
            throw new IllegalArgumentException("payload is longer than " + Limits.MAX_PAYLOAD_CHARS);
        }
        if (payload != null) {
            Check.sha256(payloadSha256, "payload_sha256");
        }
        Check.present(createdAt, "created_at");
        attachments = List.copyOf(Check.size(attachments == null ? List.of() : attachments,
                Limits.MAX_ATTACHMENTS_PER_OP, "attachments"));
        for (String a : attachments) {
            Check.sha256(a, "attachments");
        }
    }
}
