package org.lastmile.service;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.lastmile.common.LocalizedException;

/**
 * Saves the latest state of something being edited, at most {@code delay} after the edit, so that
 * fast typing costs one transaction per pause rather than per key, and nothing typed is more than
 * a second from the disk. Saves run one at a time on the given executor; each result is reported,
 * so the screen says "saved" only for what really committed.
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

    private final ScheduledExecutorService executor;
    private final Duration delay;
    private final Saver<T> saver;
    private final Consumer<Result<T>> results;
    private final Object lock = new Object();
    private T pending;
    private ScheduledFuture<?> scheduled;

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
            if (scheduled == null || scheduled.isDone()) {
                scheduled = executor.schedule(this::saveNow, delay.toMillis(), TimeUnit.MILLISECONDS);
            }
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
        }
        if (state == null) {
            return;
        }
        Result<T> result;
        try {
            result = new Saved<>(state, saver.save(state));
        } catch (LocalizedException e) {
            result = new Failed<>(state, e);
        }
        results.accept(result);
    }

    /** Saves anything pending before the editor goes away. */
    @Override
    public void close() {
        synchronized (lock) {
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
        flush();
    }
}
