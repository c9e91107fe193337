package org.lastmile.sync.protocol;

/**
 * The body of every non-2xx answer: a message key (translated on the laptop) and one line in the
 * server's language for logs and curl.
 */
public record ErrorBody(String key, String message) {

    public ErrorBody {
        Check.text(key, "key");
        Check.present(message, "message");
    }
}
