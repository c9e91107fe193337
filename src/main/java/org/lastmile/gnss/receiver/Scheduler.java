package org.lastmile.gnss.receiver;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks later: how receivers pace a replay and wait before reconnecting. Production code
 * wraps a {@link ScheduledExecutorService} ({@link #of}); tests use a manual scheduler whose time
 * moves only when the test says.
 */
@FunctionalInterface
public interface Scheduler {

    /** Runs {@code task} once after {@code delay}; the returned handle cancels it. */
    Cancellable schedule(Duration delay, Runnable task);

    /** A pending task. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }

    /** A scheduler on an executor (which the caller owns and shuts down). */
    static Scheduler of(ScheduledExecutorService executor) {
        return (delay, task) -> {
            var future = executor.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        };
    }
}
