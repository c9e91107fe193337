package org.lastmile.survey.adjust;

import org.lastmile.common.LocalizedException;

/** An adjustment that cannot be made, with its {@link AdjustmentError} code and the point concerned. */
public final class AdjustmentException extends LocalizedException {

    private static final long serialVersionUID = 1L;

    private final AdjustmentError error;

    public AdjustmentException(AdjustmentError error, Object... args) {
        super(error.messageKey(), args);
        this.error = error;
    }

    /** The reason. */
    public AdjustmentError error() {
        return error;
    }
}
