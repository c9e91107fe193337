package org.lastmile.sync.protocol;

import java.util.List;
import java.util.UUID;

/**
 * The answer to one operation. A repeated op id gets the stored answer again, byte for byte.
 *
 * @param opId the operation's id
 * @param status what became of it
 * @param serverVersion the entity's version on the server after it (applied, conflict, awaiting)
 * @param sequence the server's global sequence of the change (pull cursor order)
 * @param reason a message key for {@code rejected} and {@code conflict} (e.g. {@code server.push.error.sealed})
 * @param conflictFields the fields kept in the conflict table ({@code conflict} only)
 * @param missingAttachments the hashes the server still lacks ({@code awaiting_attachments} only)
 */
public record OpResult(UUID opId, OpStatus status, Long serverVersion, Long sequence, String reason,
        List<String> conflictFields, List<String> missingAttachments) {

    public OpResult {
        Check.present(opId, "op_id");
        Check.present(status, "status");
        conflictFields = conflictFields == null || conflictFields.isEmpty() ? null : List.copyOf(conflictFields);
        missingAttachments = missingAttachments == null || missingAttachments.isEmpty() ? null
                : List.copyOf(missingAttachments);
    }

    public static OpResult rejected(UUID opId, String reason) {
        return new OpResult(opId, OpStatus.REJECTED, null, null, reason, null, null);
    }
}
