package org.lastmile.store.audit;

import java.util.Optional;

/**
 * The result of checking the audit chain.
 *
 * @param events how many events were checked
 * @param firstBroken the first event whose hash or link does not hold, if any
 * @param reason why it is broken: {@code hash} (its content changed) or {@code link} (its previous
 *     hash does not match the event before it), or {@code null}
 */
public record ChainCheck(long events, Optional<AuditEvent> firstBroken, String reason) {

    public boolean intact() {
        return firstBroken.isEmpty();
    }
}
