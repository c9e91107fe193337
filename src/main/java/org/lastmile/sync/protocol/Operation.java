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
 * @param basePayload the content this edit was made on, when that is not the content of
 *     {@code baseVersion} on the court: the device's own previous edit of the entity, which the court
 *     merged with an office change (so its version names other content) and whose version the device
 *     never held. The court merges against it instead, so that the device's own earlier value is
 *     not taken for another side's change (a false conflict; {@code QueuedEditsOfOneFieldTest}).
 *     {@code null} otherwise; only with an {@code upsert} on a base
 */
public record Operation(UUID opId, String entity, String entityId, String op, Long baseVersion, String payload,
        String payloadSha256, Instant createdAt, List<String> attachments, String basePayload) {

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
        if (basePayload != null) {
            if (!UPSERT.equals(op) || baseVersion == null) {
                throw new IllegalArgumentException("base_payload is only for an upsert on a base version");
            }
            if (basePayload.length() > Limits.MAX_PAYLOAD_CHARS) {
                throw new IllegalArgumentException("base_payload is longer than " + Limits.MAX_PAYLOAD_CHARS);
            }
        }
    }

    /** An operation made on the content of its base version (no {@code base_payload}). */
    public Operation(UUID opId, String entity, String entityId, String op, Long baseVersion, String payload,
            String payloadSha256, Instant createdAt, List<String> attachments) {
        this(opId, entity, entityId, op, baseVersion, payload, payloadSha256, createdAt, attachments, null);
    }
}
