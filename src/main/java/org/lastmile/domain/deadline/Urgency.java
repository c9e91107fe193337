package org.lastmile.domain.deadline;

import java.util.Locale;

/** How urgent a case is, from its most pressing open deadline. */
public enum Urgency {
    /** Some deadline has passed. */
    OVERDUE,
    /** Some deadline falls within the "due soon" period. */
    DUE_SOON,
    /** Open deadlines, none pressing. */
    ON_TRACK,
    /** The case is closed. */
    CLOSED;

    public String messageKey() {
        return "urgency." + name().toLowerCase(Locale.ROOT);
    }
}
