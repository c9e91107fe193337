package org.lastmile.domain.deadline;

import java.util.Locale;

/** Where a deadline stands on a given day. */
public enum DeadlineState {
    /** Met in time. */
    DONE,
    /** Met, but after the due date. */
    DONE_LATE,
    /** Never met, and no longer asked for: the case was closed. */
    SKIPPED,
    /** The clock is stopped (a pause is open). */
    PAUSED,
    /** Open, and not yet due soon. */
    PENDING,
    /** Open, and due within the "due soon" period. */
    DUE_SOON,
    /** Open, and past its due date. */
    OVERDUE;

    /** Whether the deadline still asks for action. */
    public boolean isOpen() {
        return this == PENDING || this == DUE_SOON || this == OVERDUE || this == PAUSED;
    }

    public String messageKey() {
        return "deadline.state." + name().toLowerCase(Locale.ROOT);
    }
}
