package org.lastmile.domain.sketch;

import org.lastmile.common.LocalizedException;

/** An edit of a sketch refused; nothing changed. */
public final class SketchException extends LocalizedException {

    private static final long serialVersionUID = 1L;

    private final SketchError error;

    public SketchException(SketchError error, Object... args) {
        super(error.messageKey(), args);
        this.error = error;
    }

    public SketchError error() {
        return error;
    }
}
