package org.lastmile.store.audit;

import java.util.Optional;

/**
 * The result of checking the audit chain.
 *
 * @param events how many events were checked
 * @param firstBroken the first event whose hash or link does not hold, if any
 * @param reason why it is broken, or {@code null} when the chain holds
 */
public record ChainCheck(long events, Optional<AuditEvent> firstBroken, Reason reason) {

    /** Why an event breaks the chain. */
    public enum Reason {
        /** Its content changed: the stored hash is not the hash of its fields. */
        HASH,
        /** Its previous hash does not match the event before it (one removed or inserted). */
        LINK
    }

    public boolean intact() {
        return firstBroken.isEmpty();
    }
}
