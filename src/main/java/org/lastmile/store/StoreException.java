package org.lastmile.store;

import org.lastmile.common.LocalizedException;

/** A problem with the store that the user must act on (a corrupt file, a newer version). */
public class StoreException extends LocalizedException {

    private static final long serialVersionUID = 1L;

    public StoreException(Throwable cause, String messageKey, Object... args) {
        super(cause, messageKey, args);
    }

    public StoreException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
