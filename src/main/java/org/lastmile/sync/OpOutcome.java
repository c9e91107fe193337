package org.lastmile.sync;

import java.util.Locale;

/** The one result the court gives each operation (sync.md, "Push"). */
public enum OpOutcome {
    /** Applied now, with the server's version and sequence. */
    APPLIED(true, "sync.outcome.applied"),
    /** Applied before: a repeat of an op_id the server already holds (same body). */
    DUPLICATE(true, "sync.outcome.duplicate"),
    /** Stored; the record waits for its attachments ("awaiting media"). */
    AWAITING_ATTACHMENTS(true, "sync.outcome.awaitingAttachments"),
    /** Both sides changed a field differently: the office value kept, both stored for a person. */
    CONFLICT(false, "sync.outcome.conflict"),
    /** Refused (invalid, same op_id with another body, sealed record changed): needs a person. */
    REJECTED(false, "sync.outcome.rejected");

    private final boolean settled;
    private final String messageKey;

    OpOutcome(boolean settled, String messageKey) {
        this.settled = settled;
        this.messageKey = messageKey;
    }

    /** Whether the operation is on the server as sent: nothing more to do for it. */
    public boolean confirmed() {
        return settled;
    }

    /** The value stored in {@code outbox.result}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return messageKey;
    }
}
