package org.lastmile.sync;

import java.time.Duration;
import java.util.Optional;

/**
 * A request to the court that did not get a usable answer: the network failed, it timed out, or
 * the server answered with an error status. {@link RetryPolicy} decides what follows.
 */
public final class CourtFault extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** Connection refused, reset or cut, TLS failure, a body cut short or unreadable. */
        NETWORK,
        /** No answer in time. */
        TIMEOUT,
        /** The server answered with an error status. */
        STATUS
    }

    private final Kind kind;
    private final int status;
    private final transient Duration retryAfter;

    public CourtFault(Kind kind, int status, Duration retryAfter, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public static CourtFault network(String detail, Throwable cause) {
        return new CourtFault(Kind.NETWORK, 0, null, detail, cause);
    }

    public static CourtFault timeout(String detail, Throwable cause) {
        return new CourtFault(Kind.TIMEOUT, 0, null, detail, cause);
    }

    public static CourtFault status(int status, Duration retryAfter, String detail) {
        return new CourtFault(Kind.STATUS, status, retryAfter, detail, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, 0 when there was none. */
    public int status() {
        return status;
    }

    /** The server's Retry-After, if it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
