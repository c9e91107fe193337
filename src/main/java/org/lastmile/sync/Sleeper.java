package org.lastmile.sync;

import java.time.Duration;

/** Waits between retries; injected so that tests decide time instead of spending it. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** The real wait, on the calling thread. */
    static Sleeper real() {
        return d -> Thread.sleep(d.toMillis(), (int) (d.toNanosPart() % 1_000_000));
    }
}
