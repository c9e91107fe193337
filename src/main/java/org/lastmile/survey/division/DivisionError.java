package org.lastmile.survey.division;

/** Why a division cannot be made; each code has a message key and documented arguments. */
public enum DivisionError {
    /** No such edge (args: the edge number given, the last edge number, both 0-based). */
    EDGE_OUT_OF_RANGE("survey.division.error.edgeOutOfRange"),
    /** The edge has no length (args: edge number, x, y of its start). */
    DEGENERATE_EDGE("survey.division.error.degenerateEdge"),
    /** A target area that is not a positive number (args: the target in m²). */
    TARGET_NOT_POSITIVE("survey.division.error.targetNotPositive"),
    /** A target not smaller than the parcel (args: target m², target mu, parcel m², parcel mu). */
    TARGET_TOO_LARGE("survey.division.error.targetTooLarge"),
    /** Proportions that are not at least two positive numbers (args: the proportions as given). */
    BAD_PROPORTIONS("survey.division.error.badProportions"),
    /**
     * No line through the point leaves the target on one side (args: x, y of the point, target m²,
     * smallest and largest area a line through it can cut, m²).
     */
    TARGET_UNREACHABLE("survey.division.error.targetUnreachable");

    private final String messageKey;

    DivisionError(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of the message. */
    public String messageKey() {
        return messageKey;
    }
}
