package org.lastmile.store.audit;

import java.time.Instant;

/**
 * One entry of the audit hash chain.
 *
 * @param seq position in the chain, from 1
 * @param id the event's UUID
 * @param at when the action happened
 * @param actor who did it (an officer id, {@code system} or {@code demo})
 * @param action what was done, e.g. {@code case.saved}
 * @param entity the kind of thing changed, e.g. {@code case}
 * @param entityId its id
 * @param payloadSha256 the SHA-256 of the exact bytes that the action wrote (the outbox payload)
 * @param prevHash the hash of the previous event (64 zeros for the first)
 * @param hash this event's hash over all of the above
 */
public record AuditEvent(long seq, String id, Instant at, String actor, String action, String entity,
        String entityId, String payloadSha256, String prevHash, String hash) {

    /** The hash a sound chain stores for this event's content. */
    public String expectedHash() {
        return AuditLog.chainHash(seq, id, at, actor, action, entity, entityId, payloadSha256, prevHash);
    }
}
