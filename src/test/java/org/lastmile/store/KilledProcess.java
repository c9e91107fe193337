package org.lastmile.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.lastmile.store.open.Store;

/**
 * The "nothing lost" tests' real process: a child JVM that edits and prints {@code saved …} each
 * time the store confirmed a save, killed with SIGKILL (no shutdown hook, nothing flushed) after a
 * given number of saves.
 */
public final class KilledProcess {

    /** How long a child may run before it is killed whatever it printed: a hang's bound, not a wait. */
    static final Duration DEADLINE = Duration.ofMinutes(5);

    private KilledProcess() {
    }

    /** A command that runs {@code main} in a child JVM on this test's class path, JavaFX headless as here. */
    public static List<String> java(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path")));
        for (String p : List.of("glass.platform", "monocle.platform", "prism.order", "java.awt.headless",
                "prism.text", "file.encoding")) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.add(main.getName());
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Runs the command and kills it right after its {@code saves}-th {@code saved …} line.
     *
     * @return what followed {@code "saved "} on the last such line, or null when there was none
     */
    public static String lastSavedBeforeKill(List<String> command, int saves) throws IOException, InterruptedException {
        return lastSavedBeforeKill(command, saves, ProcessBuilder.Redirect.DISCARD);
    }

    /**
     * As {@link #lastSavedBeforeKill(List, int)}, the child's standard error kept in {@code errors}
     * (what it said of a failure before the kill, for the test's message).
     */
    public static String lastSavedBeforeKill(List<String> command, int saves, Path errors)
            throws IOException, InterruptedException {
        return lastSavedBeforeKill(command, saves, ProcessBuilder.Redirect.to(errors.toFile()));
    }

    private static String lastSavedBeforeKill(List<String> command, int saves, ProcessBuilder.Redirect errors)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(errors).start();
        // The saved lines are the events waited for. A child that stops printing without ending (its
        // JavaFX thread keeps the JVM alive) would hold the read below for ever, and the build with it:
        // killed after DEADLINE, its output ends, and the test fails on what it saw (or did not see).
        CompletableFuture.delayedExecutor(DEADLINE.toSeconds(), TimeUnit.SECONDS).execute(process::destroyForcibly);
        String lastSaved = null;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int seen = 0;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    lastSaved = line.substring("saved ".length());
                    if (++seen == saves) {
                        process.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        return lastSaved;
    }

    /** What a child process does. */
    public interface Body {
        void run() throws Exception;
    }

    /**
     * A child's {@code main}: runs {@code body}, then ends the JVM whether it finished or failed
     * (the stack trace on standard error). A JavaFX thread would keep the JVM alive after it, and
     * the test that reads the child's output to its end with it.
     */
    public static void runAndExit(Body body) {
        int status = 0;
        try {
            body.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    /** SQLite's {@code PRAGMA integrity_check} of the store's file ("ok" when sound). */
    public static String integrity(Store store) {
        return store.database().read(tx -> {
            try (var s = tx.connection().createStatement(); var r = s.executeQuery("PRAGMA integrity_check")) {
                r.next();
                return r.getString(1);
            }
        });
    }
}
