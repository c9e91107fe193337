package org.lastmile.domain;

import java.util.Objects;
import org.lastmile.common.MessageKeyed;

/**
 * One thing wrong with what the user entered, tied to the field it concerns so that the screen can
 * show the message next to it.
 *
 * @param field the field name in the form, e.g. {@code idNumber} or {@code parties[1].idNumber}
 * @param messageKey the bundle key of the message
 * @param args the message arguments
 */
public record Problem(String field, String messageKey, Object... args) implements MessageKeyed {

    public Problem {
        Objects.requireNonNull(field);
        Objects.requireNonNull(messageKey);
        args = args.clone();
    }

    @Override
    public Object[] messageArgs() {
        return args.clone();
    }

    /** The same problem under a field of an enclosing form: {@code parties[1].} + field. */
    public Problem under(String prefix) {
        return new Problem(prefix + field, messageKey, args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && p.field.equals(field) && p.messageKey.equals(messageKey)
                && java.util.Arrays.equals(p.args, args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, messageKey, java.util.Arrays.hashCode(args));
    }
}
