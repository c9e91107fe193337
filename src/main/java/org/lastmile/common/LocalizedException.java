package org.lastmile.common;

import java.util.Arrays;

/**
 * A problem the user can act on (bad input, a refused action), carried as a message key so that
 * the UI and the command line can say it in the user's language. Its {@link #getMessage()} is the
 * key and arguments, for logs only.
 */
public class LocalizedException extends RuntimeException implements MessageKeyed {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] messageArgs;

    public LocalizedException(String messageKey, Object... messageArgs) {
        this(null, messageKey, messageArgs);
    }

    public LocalizedException(Throwable cause, String messageKey, Object... messageArgs) {
        super(messageKey + (messageArgs.length == 0 ? "" : " " + Arrays.toString(messageArgs)), cause);
        this.messageKey = messageKey;
        this.messageArgs = messageArgs.clone();
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    @Override
    public Object[] messageArgs() {
        return messageArgs.clone();
    }
}
