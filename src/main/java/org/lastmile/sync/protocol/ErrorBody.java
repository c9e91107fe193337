package org.lastmile.sync.protocol;

import java.util.List;

/**
 * The body of every non-2xx answer: a message key (translated on the laptop, with {@code args}
 * as its arguments) and one line in the server's language for logs and curl, and for a laptop
 * whose bundles lack the key.
 *
 * @param args the message's arguments as text, in order; absent when it has none
 */
public record ErrorBody(String key, String message, List<String> args) {

    public ErrorBody {
        Check.text(key, "key");
        Check.present(message, "message");
        args = args == null ? List.of() : List.copyOf(Check.size(args, 10, "args"));
    }

    public ErrorBody(String key, String message) {
        this(key, message, List.of());
    }
}
