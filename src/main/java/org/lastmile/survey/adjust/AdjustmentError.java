package org.lastmile.survey.adjust;

/** Why an adjustment could not be made; each code has a message key in the bundles. */
public enum AdjustmentError {
    /** There is nothing to adjust. Arguments: none. */
    NO_OBSERVATIONS("survey.adjust.error.noObservations"),
    /** A point is not determined by the observations (for example a corner with a single tape). Argument: point id. */
    SINGULAR("survey.adjust.error.singular"),
    /** Only one point has a position and no bearing fixes the direction. Argument: that point's id. */
    NO_ORIENTATION("survey.adjust.error.noOrientation"),
    /** No starting coordinates can be constructed for a point. Argument: point id. */
    CANNOT_PLACE("survey.adjust.error.cannotPlace"),
    /** Two ends of a tape, bearing or baseline lie on the same spot. Argument: point id. */
    COINCIDENT_POINTS("survey.adjust.error.coincident"),
    /**
     * Gauss–Newton did not settle within the iteration limit (typically a corner on a straight line
     * between the only two corners it is taped to). Arguments: iterations, the point still moving most.
     */
    NOT_CONVERGED("survey.adjust.error.notConverged"),
    /** A boundary or requested point is not in the network. Argument: point id. */
    UNKNOWN_POINT("survey.adjust.error.unknownPoint");

    private final String messageKey;

    AdjustmentError(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The bundle key of the message. */
    public String messageKey() {
        return messageKey;
    }
}
