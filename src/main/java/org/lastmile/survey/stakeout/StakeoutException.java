package org.lastmile.survey.stakeout;

import org.lastmile.common.LocalizedException;

/** A stake-out that cannot be computed: a {@link StakeoutError} code and its message arguments. */
public class StakeoutException extends LocalizedException {

    private static final long serialVersionUID = 1L;

    private final StakeoutError error;

    StakeoutException(StakeoutError error, Object... args) {
        super(error.messageKey(), args);
        this.error = error;
    }

    public StakeoutError error() {
        return error;
    }
}
