package org.lastmile.gnss.receiver;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The life of a receiver behind a link that can fail (a gpsd socket, a serial port): start once,
 * run one session at a time on the injected executor, and after every loss try again after 1, 2,
 * 4 … 30 s ({@link Backoff}) on the scheduler until closed. Subclasses only open the link and read
 * from it ({@link #session()}), telling this class when the link is open ({@link #attach}), when it
 * works ({@link #connected()}) and when it is lost ({@link #lost}).
 */
abstract class ReconnectingReceiver extends AbstractReceiver {

    private final Executor executor;
    private final Scheduler scheduler;
    private final Backoff backoff = new Backoff();
    private AutoCloseable link;
    private Scheduler.Cancellable retry;
    private boolean started;
    private volatile boolean closed;

    ReconnectingReceiver(Executor executor, Scheduler scheduler, Clock clock) {
        super(clock);
        this.executor = Objects.requireNonNull(executor, "executor");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    @Override
    public final synchronized void start() {
        if (started || closed) {
            return;
        }
        started = true;
        executor.execute(this::run);
    }

    private void run() {
        if (closed) {
            return;
        }
        status.connecting();
        publishStatus();
        session();
    }

    /**
     * One connection, from opening the link to its end. It ends with {@link #lost} (which schedules
     * the next session) unless {@link #attach} refused the link because the receiver was closed.
     */
    abstract void session();

    /** Whether {@link #close()} was called: reading loops stop. */
    final boolean isClosed() {
        return closed;
    }

    /**
     * Keeps an open link so that {@link #close()} can close it under a blocking read; false when the
     * receiver was closed meanwhile (the caller then closes the link and ends the session).
     */
    final synchronized boolean attach(AutoCloseable open) {
        if (closed) {
            return false;
        }
        link = open;
        return true;
    }

    /** The link works: status connected, and the next loss starts again from the shortest pause. */
    final void connected() {
        status.connected();
        publishStatus();
        backoff.reset();
    }

    /** The session ended with a problem: schedule the next one and publish the disconnected status. */
    final void lost(ReceiverProblem problem, String detail) {
        synchronized (this) {
            link = null;
            if (closed) {
                return;
            }
            retry = scheduler.schedule(backoff.next(), () -> executor.execute(this::run));
        }
        status.disconnected(problem, detail);
        publishStatus();
    }

    @Override
    public final void close() {
        AutoCloseable open;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            open = link;
            if (retry != null) {
                retry.cancel();
            }
        }
        if (open != null) {
            closeQuietly(open);
        }
        status.disconnected(null, null);
    }

    /** Closes a link that may already be gone. */
    static void closeQuietly(AutoCloseable open) {
        try {
            open.close();
        } catch (Exception e) {
            // Already gone: nothing to release.
        }
    }
}
