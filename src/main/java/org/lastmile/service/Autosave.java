package org.lastmile.service;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.lastmile.common.LocalizedException;
import org.lastmile.store.StoreFault;

/**
 * Saves the latest state of something being edited, at most {@code delay} after the edit, so that
 * fast typing costs one transaction per pause rather than per key, and nothing typed is more than
 * a second from the disk. Saves run one at a time on the given executor; each result is reported,
 * so the screen says "saved" only for what really committed.
 *
 * <p>A state that failed stays pending until a later one replaces it: the next save (Ctrl+S, the
 * editor closing, the next edit) tries it again. It used to be dropped, so after a full disk was
 * freed, "try again" with Ctrl+S saved nothing and closing the record lost the last edit. When the
 * disk was full, locked by another program or failed ({@link StoreFault}), the save is also tried
 * again by itself every {@link #RETRY}, so the screen turns to "saved" once the disk has room.
 * A state submitted while a save runs is saved after it (it used to wait for the next key).
 *
 * @param <T> the edited value (an immutable snapshot)
 */
public final class Autosave<T> implements AutoCloseable {

    /** Saves a state; returns the stored version. */
    @FunctionalInterface
    public interface Saver<T> {
        long save(T state);
    }

    /** What became of a submitted state. */
    public sealed interface Result<T> permits Saved, Failed {
        T state();
    }

    /** Committed to the store as the given version. */
    public record Saved<T>(T state, long version) implements Result<T> {
    }

    /** Refused or failed; the state was not saved. */
    public record Failed<T>(T state, LocalizedException problem) implements Result<T> {
    }

    /** How long after a failure of the disk the save is tried again by itself. */
    public static final Duration RETRY = Duration.ofSeconds(5);

    private final ScheduledExecutorService executor;
    private final Duration delay;
    private final Saver<T> saver;
    private final Consumer<Result<T>> results;
    private final Object lock = new Object();
    private T pending;
    private ScheduledFuture<?> scheduled;
    /** A save is scheduled and has not started. */
    private boolean armed;
    /** The pending state is one that failed (kept for the next try), not a newer one. */
    private boolean kept;
    private boolean closed;

    public Autosave(ScheduledExecutorService executor, Duration delay, Saver<T> saver, Consumer<Result<T>> results) {
        this.executor = Objects.requireNonNull(executor);
        this.delay = Objects.requireNonNull(delay);
        this.saver = Objects.requireNonNull(saver);
        this.results = Objects.requireNonNull(results);
    }

    /** Schedules the state to be saved; a later submit before the save replaces it. */
    public void submit(T state) {
        synchronized (lock) {
            pending = Objects.requireNonNull(state);
            kept = false;
            arm(delay);
        }
    }

    /** Whether an edit waits to be saved. */
    public boolean hasPending() {
        synchronized (lock) {
            return pending != null;
        }
    }

    /** Saves what is pending now, on the calling thread. */
    public void flush() {
        saveNow();
    }

    private void saveNow() {
        T state;
        synchronized (lock) {
            state = pending;
            pending = null;
            armed = false;
        }
        if (state == null) {
            return;
        }
        Result<T> result;
        boolean diskFault = false;
        try {
            result = new Saved<>(state, saver.save(state));
        } catch (LocalizedException e) {
            result = new Failed<>(state, e);
            diskFault = passes(e);
            synchronized (lock) {
                if (pending == null) { // else a later state was submitted meanwhile: that one is saved
                    pending = state;
                    kept = true;
                }
            }
        }
        results.accept(result);
        synchronized (lock) {
            // A state submitted while this save ran was not scheduled (this save was); a failed state
            // kept for the next try is tried again by itself only when the disk was at fault.
            try {
                if (pending != null && !kept) {
                    arm(delay);
                } else if (pending != null && diskFault && !closed) {
                    arm(RETRY);
                }
            } catch (RejectedExecutionException stopping) {
                // the store thread is stopping: close() saves what is pending on the calling thread
            }
        }
    }

    /**
     * Whether a save that failed this way may succeed if tried again later, unchanged: the disk was
     * full, locked by another program or failed (not a damaged or read-only database, nor a refusal
     * of the edit itself).
     */
    public static boolean passes(Throwable failure) {
        return StoreFault.of(failure).filter(f -> f != StoreFault.DAMAGED && f != StoreFault.READ_ONLY).isPresent();
    }

    // Under the lock: one save waits at a time.
    private void arm(Duration after) {
        if (!armed) {
            scheduled = executor.schedule(this::saveNow, after.toMillis(), TimeUnit.MILLISECONDS);
            armed = true;
        }
    }

    /** Saves anything pending before the editor goes away. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
        flush();
    }
}
