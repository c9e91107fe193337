package org.lastmile.survey.crs;

import org.lastmile.common.LocalizedException;

/** A coordinate system problem the user can correct, carried as a {@link CrsError} code. */
public class CrsException extends LocalizedException {

    private static final long serialVersionUID = 1L;

    private final CrsError error;

    public CrsException(CrsError error, Object... args) {
        super(error.messageKey(), args);
        this.error = error;
    }

    /** The code of the problem. */
    public CrsError error() {
        return error;
    }
}
