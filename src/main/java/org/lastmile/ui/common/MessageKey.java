package org.lastmile.ui.common;

import java.util.Arrays;
import org.lastmile.common.MessageKeyed;

/**
 * A message to show later in whatever language is current then: a key and its arguments
 * (arguments that are themselves {@link MessageKeyed} are translated too).
 */
public record MessageKey(String messageKey, Object... args) implements MessageKeyed {

    public MessageKey {
        args = args.clone();
    }

    @Override
    public Object[] messageArgs() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MessageKey m && m.messageKey.equals(messageKey) && Arrays.equals(m.args, args);
    }

    @Override
    public int hashCode() {
        return messageKey.hashCode() * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return messageKey + Arrays.toString(args);
    }
}
