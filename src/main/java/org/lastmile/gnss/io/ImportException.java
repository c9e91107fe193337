package org.lastmile.gnss.io;

import org.lastmile.common.LocalizedException;

/** A file that cannot be imported at all, with the reason as an {@link ImportError} code. */
public class ImportException extends LocalizedException {

    private static final long serialVersionUID = 1L;

    private final ImportError error;

    /** @param args the message arguments, the file name first (see {@link ImportError}) */
    public ImportException(ImportError error, Object... args) {
        super(error.messageKey(), args);
        this.error = error;
    }

    public ImportException(Throwable cause, ImportError error, Object... args) {
        super(cause, error.messageKey(), args);
        this.error = error;
    }

    /** Why the file was refused. */
    public ImportError error() {
        return error;
    }
}
