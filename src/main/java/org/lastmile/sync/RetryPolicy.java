package org.lastmile.sync;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * What to do after a failed request (sync.md, "Retries"): network errors, timeouts, 408, 429 and
 * 5xx are tried again after an exponential backoff with full jitter, at least as long as the
 * server's Retry-After; 400, 401, 403, 409, 422 and every other status are never tried again, a
 * person must look. After {@code maxAttempts} failures in a row the run stops, resumable.
 */
public final class RetryPolicy {

    /** The decision. */
    public sealed interface Decision permits Retry, Stop, NeedsPerson {
    }

    /** Wait, then try the same request again. */
    public record Retry(Duration delay) implements Decision {
    }

    /** Stop this run on a network fault; the next run resumes where this one stopped. */
    public record Stop() implements Decision {
    }

    /** The server refused: trying again cannot help. */
    public record NeedsPerson(int status) implements Decision {
    }

    private final Duration base;
    private final Duration cap;
    private final int maxAttempts;
    private final Duration longestRetryAfter;
    private final DoubleSupplier random;

    /**
     * @param base the first backoff's upper bound
     * @param cap the largest backoff
     * @param maxAttempts failures in a row after which the run stops
     * @param longestRetryAfter a Retry-After longer than this stops the run instead of waiting
     * @param random uniform in [0, 1), the jitter
     */
    public RetryPolicy(Duration base, Duration cap, int maxAttempts, Duration longestRetryAfter, DoubleSupplier random) {
        this.base = base;
        this.cap = cap;
        this.maxAttempts = maxAttempts;
        this.longestRetryAfter = longestRetryAfter;
        this.random = random;
    }

    /** 0.5 s doubling up to 30 s, eight tries, Retry-After up to five minutes. */
    public static RetryPolicy standard(DoubleSupplier random) {
        return new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), 8, Duration.ofMinutes(5), random);
    }

    /** Whether a failure of this kind may be tried again at all. */
    public static boolean retryable(CourtFault fault) {
        if (fault.kind() != CourtFault.Kind.STATUS) {
            return true;
        }
        int status = fault.status();
        return status == 408 || status == 429 || (status >= 500 && status <= 599);
    }

    /**
     * @param fault what happened
     * @param failures how many times in a row this request has failed, this one included (1, 2, …)
     */
    public Decision decide(CourtFault fault, int failures) {
        if (!retryable(fault)) {
            return new NeedsPerson(fault.status());
        }
        if (failures >= maxAttempts) {
            return new Stop();
        }
        Duration ceiling = backoffCeiling(failures);
        Duration wait = Duration.ofNanos((long) (random.getAsDouble() * ceiling.toNanos()));
        if (fault.retryAfter().isPresent()) {
            Duration asked = fault.retryAfter().get();
            if (asked.compareTo(longestRetryAfter) > 0) {
                return new Stop();
            }
            if (asked.compareTo(wait) > 0) {
                wait = asked;
            }
        }
        return new Retry(wait);
    }

    /** The upper bound of the n-th backoff: base · 2^(n−1), at most the cap. */
    Duration backoffCeiling(int failures) {
        int shift = Math.min(failures - 1, 30);
        long nanos = base.toNanos() << shift;
        return nanos <= 0 || nanos > cap.toNanos() ? cap : Duration.ofNanos(nanos);
    }
}
