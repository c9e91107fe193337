package org.lastmile.survey.adjust;

/** Why an adjustment's result is not to be relied on (issue 13); each has a message key. */
public enum TrustReason {
    /**
     * The solution depends on which of several measurements that test alike is wrong. Arguments:
     * their indices (the measurements to re-tape).
     */
    NOT_LOCATABLE("survey.adjust.trust.notLocatable"),
    /**
     * After the rejections that could be justified the measurements still do not fit their stated
     * accuracy (the global test fails on the high side). Arguments: the measurements to re-tape.
     */
    GLOBAL_TEST_FAILED("survey.adjust.trust.globalTestFailed"),
    /** Data snooping reached its limit of rejections. Arguments: the measurements to re-tape. */
    REJECTION_LIMIT("survey.adjust.trust.rejectionLimit"),
    /**
     * Everything fits, but part of the figure is held by a single weak check (a tape or offset with a
     * redundancy number below 0.1 and the measurements whose test it shares), and another figure
     * fits as well if one of them was written wrong. Arguments: that part's measurements (to
     * measure again, or to check with one more measurement).
     */
    NOT_CHECKED("survey.adjust.trust.notChecked");

    private final String messageKey;

    TrustReason(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The bundle key; its argument is the list of observation indices to measure again. */
    public String messageKey() {
        return messageKey;
    }
}
