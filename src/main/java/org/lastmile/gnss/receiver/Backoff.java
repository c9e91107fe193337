package org.lastmile.gnss.receiver;

import java.time.Duration;

/** Pauses between reconnection attempts: 1 s, 2 s, 4 s, … up to 30 s; back to 1 s after success. */
final class Backoff {

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration LONGEST = Duration.ofSeconds(30);

    private Duration next = FIRST;

    Duration next() {
        Duration pause = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(LONGEST) > 0 ? LONGEST : doubled;
        return pause;
    }

    void reset() {
        next = FIRST;
    }
}
