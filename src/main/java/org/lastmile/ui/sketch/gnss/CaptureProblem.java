package org.lastmile.ui.sketch.gnss;

/** Why a corner was not captured from the receiver. */
public enum CaptureProblem {
    /** The receiver has no position now. */
    NO_FIX("sketch.capture.error.noFix"),
    /** Its accuracy now is worse than the limit of the settings. */
    ACCURACY("sketch.capture.error.accuracy"),
    /** A capture is running. */
    BUSY("sketch.capture.error.busy");

    private final String messageKey;

    CaptureProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
