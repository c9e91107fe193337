package org.lastmile.gnss.average;

/** Why a corner was not captured. */
public enum AveragingProblem {
    /** Not one usable fix. */
    NO_FIXES("gnss.average.error.noFixes"),
    /** Fewer usable fixes than the minimum: arguments used, needed. */
    TOO_FEW_FIXES("gnss.average.error.tooFewFixes"),
    /** The horizontal σ is worse than the limit: arguments σ, limit (metres). */
    ACCURACY_TOO_LOW("gnss.average.error.accuracyTooLow");

    private final String messageKey;

    AveragingProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
