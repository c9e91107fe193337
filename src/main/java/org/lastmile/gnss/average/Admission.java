package org.lastmile.gnss.average;

/** What became of one fix offered to a {@link CornerAverager}. */
public enum Admission {
    /** Kept (it may still be rejected as an outlier when the position is computed). */
    KEPT("gnss.average.kept"),
    /** The epoch had no position. */
    NO_POSITION("gnss.average.noPosition"),
    /** Its quality is not accepted (for example estimated or simulated). */
    QUALITY("gnss.average.badQuality"),
    /** Its HDOP is above the limit. */
    HDOP("gnss.average.highHdop"),
    /** The receiver's own σ (GST) is above the limit. */
    SIGMA("gnss.average.highSigma");

    private final String messageKey;

    Admission(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
