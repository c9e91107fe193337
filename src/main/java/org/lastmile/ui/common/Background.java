package org.lastmile.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs long work (loading, searching, saving) as a {@link Task} on the injected executor and
 * hands the outcome back on the FX thread. The app's executor is the one store thread, so work
 * runs in the order it was submitted. Tests pass a same-thread executor and call from the FX
 * thread: the outcome is then delivered before {@link #run} returns (JavaFX 21 itself would post
 * a Task's completion to the next turn of the event loop), so a test reads it on the next line.
 */
public final class Background {

    private final Executor executor;

    public Background(Executor executor) {
        this.executor = Objects.requireNonNull(executor);
    }

    /**
     * Starts {@code work}; {@code onSuccess} or {@code onFailure} runs on the FX thread afterwards,
     * once, unless the task was cancelled first.
     *
     * @return the task, to cancel it or to show its progress
     */
    public <T> Task<T> run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        AtomicBoolean delivered = new AtomicBoolean();
        Runnable deliver = () -> {
            if (task.isCancelled() || !delivered.compareAndSet(false, true)) {
                return;
            }
            T value;
            try {
                value = task.get();
            } catch (ExecutionException e) {
                onFailure.accept(e.getCause());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(value);
        };
        task.setOnSucceeded(e -> deliver.run());
        task.setOnFailed(e -> deliver.run());
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closing) {
            task.cancel(); // the window is closing: the store thread takes no more work
            return task;
        }
        if (task.isDone() && Platform.isFxApplicationThread()) {
            deliver.run(); // ran right here (a same-thread executor)
        }
        return task;
    }
}
