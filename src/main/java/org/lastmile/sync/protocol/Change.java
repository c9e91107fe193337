package org.lastmile.sync.protocol;

/**
 * One change the device may apply on pull, in server order.
 *
 * @param sequence the server's global sequence (the cursor)
 * @param entity {@code case}, {@code officer} or {@code record}
 * @param entityId the entity's UUID
 * @param op {@code upsert}, {@code seal}, {@code delete} (a tombstone: payload {@code null}) or
 *     {@code unassign} (entity {@code case}: the officer was taken off it; version 0, payload {@code null})
 * @param version the entity's server version after the change
 * @param payload the canonical JSON of the entity, {@code null} for a tombstone
 * @param payloadSha256 its SHA-256, {@code null} for a tombstone
 */
public record Change(long sequence, String entity, String entityId, String op, long version, String payload,
        String payloadSha256) {

    /** The op of a notice that the device's officer was taken off the case. */
    public static final String UNASSIGN = "unassign";

    public Change {
        Check.text(entity, "entity");
        Check.text(entityId, "entity_id");
        Check.text(op, "op");
        if (payload != null) {
            Check.sha256(payloadSha256, "payload_sha256");
        }
    }

    /** Whether this change deletes the entity. */
    public boolean tombstone() {
        return Operation.DELETE.equals(op);
    }
}
