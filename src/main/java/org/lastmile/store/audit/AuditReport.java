package org.lastmile.store.audit;

import java.util.Optional;

/**
 * What {@link ChainAudit} found.
 *
 * @param events how many events the chain holds
 * @param firstDifference the first disagreement, if any
 */
public record AuditReport(long events, Optional<AuditDifference> firstDifference) {

    public boolean intact() {
        return firstDifference.isEmpty();
    }
}
