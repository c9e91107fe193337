package org.lastmile.ui.sketch;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;
import org.lastmile.gnss.receiver.Scheduler;

/** Runs a replay's epochs one by one when the test pumps it, ignoring the pauses between them. */
public final class QueueScheduler implements Scheduler {

    private final Deque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        boolean[] cancelled = {false};
        tasks.add(() -> {
            if (!cancelled[0]) {
                task.run();
            }
        });
        return () -> cancelled[0] = true;
    }

    /** Runs tasks until {@code done} holds or nothing is left; returns whether it holds. */
    public boolean runUntil(BooleanSupplier done) {
        while (!done.getAsBoolean()) {
            Runnable next;
            synchronized (this) {
                next = tasks.poll();
            }
            if (next == null) {
                return false;
            }
            next.run();
        }
        return true;
    }
}
