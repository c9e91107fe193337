package org.lastmile.survey.adjust;

/** Warnings about the geometry of a network; each has a message key. */
public enum WarningCode {
    /** No degree of freedom: nothing checks anything. Arguments: none. */
    NO_REDUNDANCY("survey.adjust.warning.noRedundancy"),
    /** One degree of freedom (a braced quadrilateral): a slip shows but cannot be located. Arguments: none. */
    LOW_REDUNDANCY("survey.adjust.warning.lowRedundancy"),
    /** An observation no other checks: a slip in it cannot be seen. Argument: observation index. */
    UNCONTROLLED("survey.adjust.warning.uncontrolled"),
    /**
     * Several observations fail equally (they test alike, as the six tapes of a braced
     * quadrilateral, or a slip too small to be told from its correlated neighbours): the slip is in one
     * of them but which one cannot be said; also a single index when leaving the worst one out does not
     * explain the misfit. Nothing is rejected. Arguments: their indices.
     */
    NOT_LOCATABLE("survey.adjust.warning.notLocatable"),
    /**
     * Measurements that fail their test but whose redundancy number is below 0.1 (or undefined):
     * too weakly checked to be rejected, so they are not checked. Arguments: their indices.
     */
    NOT_CHECKED("survey.adjust.warning.notChecked"),
    /** Data snooping stopped at its limit of rejections while some |w| was still too large. Argument: the limit. */
    REJECTION_LIMIT("survey.adjust.warning.rejectionLimit");

    private final String messageKey;

    WarningCode(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The bundle key of the message. */
    public String messageKey() {
        return messageKey;
    }
}
