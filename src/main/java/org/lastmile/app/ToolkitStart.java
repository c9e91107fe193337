package org.lastmile.app;

import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit once, possibly early: {@link Launcher} begins it on a thread of its own
 * when the arguments can only mean "open the window", so that it starts while picocli parses;
 * {@link DesktopLauncher} then waits for it (or starts it, when nobody began).
 */
final class ToolkitStart {

    /** The global options that the window takes; an argument outside them is left to picocli. */
    private static final Set<String> WINDOW_OPTIONS = Set.of("--data-dir", "--lang");
    private static final Set<String> WINDOW_FLAGS = Set.of("--no-demo");

    private final AtomicBoolean begun = new AtomicBoolean();
    private final CountDownLatch running = new CountDownLatch(1);

    /** Whether the arguments are only the window's options (no sub-command, no help, no version). */
    static boolean opensWindow(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (WINDOW_FLAGS.contains(arg)) {
                continue;
            }
            if (WINDOW_OPTIONS.contains(arg) && i + 1 < args.length) {
                i++;
                continue;
            }
            int eq = arg.indexOf('=');
            if (eq > 0 && WINDOW_OPTIONS.contains(arg.substring(0, eq))) {
                continue;
            }
            return false;
        }
        return true;
    }

    /** Starts the toolkit on another thread and returns at once. */
    void beginEarly() {
        if (begun.compareAndSet(false, true)) {
            Thread thread = new Thread(this::start, "lastmile-toolkit-start");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Returns once the toolkit runs, starting it here if nobody began. */
    void awaitRunning() {
        if (begun.compareAndSet(false, true)) {
            start();
        }
        try {
            running.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void start() {
        Platform.startup(running::countDown);
    }
}
