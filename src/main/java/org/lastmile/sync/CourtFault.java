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
    /** What the court said with an error status, when its body could be read. */
    private final transient CourtMessage court;

    public CourtFault(Kind kind, int status, Duration retryAfter, String detail, Throwable cause) {
        this(kind, status, retryAfter, detail, cause, null);
    }

    private CourtFault(Kind kind, int status, Duration retryAfter, String detail, Throwable cause, CourtMessage court) {
        super(detail, cause);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
        this.court = court;
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

    /** An error status with what the court said; the detail is the court's key. */
    public static CourtFault status(int status, Duration retryAfter, CourtMessage court) {
        return new CourtFault(Kind.STATUS, status, retryAfter, court.key(), null, court);
    }

    /** What the court said with its error status (key, arguments, its own line), if it said anything readable. */
    public Optional<CourtMessage> court() {
        return Optional.ofNullable(court).filter(c -> !c.key().isEmpty());
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
