package org.lastmile.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures the launch: logs exactly one line {@code ready in N ms}, counted from the start of the
 * JVM, once the case list has been laid out and drawn with its rows (the frame after the rows
 * arrived). With {@code -Dlastmile.exitWhenReady=true} the app then closes, for benchmarks and
 * for recording a class-data-sharing archive.
 */
final class LaunchClock {

    /** The system property that prints the milestones of the launch to stderr. */
    static final String TRACE = "lastmile.trace";

    /** The system property that makes the app close once it is ready. */
    static final String EXIT_WHEN_READY = "lastmile.exitWhenReady";

    private final long jvmStart;
    private final PrintStream out;
    private final AtomicBoolean logged = new AtomicBoolean();
    private final boolean trace = Boolean.getBoolean(TRACE);

    LaunchClock(long jvmStartMillis, PrintStream out) {
        this.jvmStart = jvmStartMillis;
        this.out = out;
    }

    static LaunchClock sinceJvmStart() {
        return new LaunchClock(ManagementFactory.getRuntimeMXBean().getStartTime(), System.out);
    }

    /** Logs the line after the next frame of the scene; {@code then} runs afterwards. */
    void readyAfterNextFrame(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // The pulse that laid the rows out renders them before the next event runs.
            Platform.runLater(() -> {
                if (logged.compareAndSet(false, true)) {
                    out.println("ready in " + (System.currentTimeMillis() - jvmStart) + " ms");
                    out.flush();
                }
                then.run();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** With {@code -Dlastmile.trace=true}: prints a milestone and the time since JVM start. */
    void mark(String milestone) {
        if (trace) {
            System.err.println("launch: " + milestone + " at " + (System.currentTimeMillis() - jvmStart) + " ms ("
                    + Thread.currentThread().getName() + ")");
        }
    }

    static boolean exitWhenReady() {
        return Boolean.getBoolean(EXIT_WHEN_READY);
    }
}
