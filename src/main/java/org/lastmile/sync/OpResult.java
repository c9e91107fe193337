package org.lastmile.sync;

import java.util.List;
import java.util.UUID;

/**
 * The court's answer for one operation.
 *
 * @param opId the operation
 * @param outcome what the server did
 * @param serverSeq the server's sequence for it, when applied
 * @param detail the server's reason code when refused, else {@code null}
 * @param conflicts the fields both sides changed, when {@link OpOutcome#CONFLICT}
 * @param serverVersion the entity's version on the court after it, when the court said
 */
public record OpResult(UUID opId, OpOutcome outcome, Long serverSeq, String detail, List<FieldConflict> conflicts,
        Long serverVersion) {

    public OpResult {
        conflicts = List.copyOf(conflicts);
    }

    public OpResult(UUID opId, OpOutcome outcome, Long serverSeq, String detail, List<FieldConflict> conflicts) {
        this(opId, outcome, serverSeq, detail, conflicts, null);
    }

    public static OpResult of(UUID opId, OpOutcome outcome) {
        return new OpResult(opId, outcome, null, null, List.of());
    }
}
