package org.lastmile.ui.common;

import java.util.Optional;
import org.lastmile.common.Key;
import org.lastmile.common.LocalizedException;
import org.lastmile.common.MessageKeyed;

/** Turns a failure into something to show in one line in the user's language. */
public final class Problems {

    private Problems() {
    }

    /** The keyed problem inside a failure, or "unexpected error" naming its type. */
    public static MessageKeyed of(Throwable failure) {
        return keyed(failure).orElseGet(() -> new LocalizedException("ui.error.unexpected",
                failure == null ? "?" : failure.getClass().getSimpleName()));
    }

    /** The first {@link MessageKeyed} in the chain of causes, if any. */
    public static Optional<MessageKeyed> keyed(Throwable failure) {
        Throwable t = failure;
        while (t != null) {
            if (t instanceof MessageKeyed keyed) {
                return Optional.of(keyed);
            }
            t = t.getCause() == t ? null : t.getCause();
        }
        return Optional.empty();
    }

    /** A message without arguments. */
    public static MessageKeyed key(String key) {
        return new Key(key);
    }
}
