package org.lastmile.survey.tape;

import org.lastmile.common.LocalizedException;

/** Tape measurements that do not make the shape asked for: a {@link TapeError} code. */
public class TapeException extends LocalizedException {

    private static final long serialVersionUID = 1L;

    private final TapeError error;

    public TapeException(TapeError error, Object... args) {
        super(error.messageKey(), args);
        this.error = error;
    }

    public TapeError error() {
        return error;
    }

    static double positive(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new TapeException(TapeError.NOT_POSITIVE, value);
        }
        return value;
    }
}
