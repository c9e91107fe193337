package org.lastmile.server.store;

/**
 * An entity as the server holds it now.
 *
 * @param entity {@code case}, {@code officer} or {@code record}
 * @param entityId its id
 * @param version the server version (1 for the first)
 * @param payload canonical JSON, {@code null} once deleted
 * @param payloadSha256 its hash (the seal hash of a sealed record)
 * @param sealed whether it is a sealed record (never changes)
 * @param deleted whether a tombstone replaced it
 * @param scope who may see it
 */
public record EntityRow(String entity, String entityId, long version, String payload, String payloadSha256,
        boolean sealed, boolean deleted, Scope scope) {
}
