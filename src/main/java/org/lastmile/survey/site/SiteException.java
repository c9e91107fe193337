package org.lastmile.survey.site;

import org.lastmile.common.LocalizedException;

/** A site file that cannot be used, with its {@link SiteError} code and where the problem is. */
public final class SiteException extends LocalizedException {

    private static final long serialVersionUID = 1L;

    private final SiteError error;

    public SiteException(SiteError error, Object... args) {
        super(error.messageKey(), args);
        this.error = error;
    }

    /** The reason. */
    public SiteError error() {
        return error;
    }
}
