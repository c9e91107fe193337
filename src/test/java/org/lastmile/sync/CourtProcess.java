package org.lastmile.sync;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.lastmile.app.Launcher;
import org.lastmile.server.files.FinishPause;
import org.lastmile.store.KilledProcess;

/**
 * A real {@code lastmile server start} process for the kill tests: started on a free port, its
 * standard output read line by line, ended with SIGKILL.
 */
public final class CourtProcess implements AutoCloseable {

    /**
     * How long a line the test waits for may take. The line is the event waited for (never a
     * sleep); the bound only turns a child that hangs into a failure instead of a build that hangs.
     * A JVM start with TLS and SQLite takes seconds alone, well over a minute on two cores at load 30.
     */
    static final Duration LINE_DEADLINE = Duration.ofMinutes(3);

    /** What marks the end of the child's output in {@link #lines}; compared by identity, so no printed line is it. */
    private static final String END = new String("end of output");

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final int port;

    /** Starts {@code lastmile server start} on {@code dataDir}. */
    public CourtProcess(Path dataDir) throws Exception {
        this(KilledProcess.java(Launcher.class, "server", "start", "--data-dir", dataDir.toString(), "--port", "0"));
    }

    /**
     * Starts the server of {@code dataDir} wired as {@code server start} wires it, but stopping an
     * upload's finish of the file {@code sha256} at {@code stage} ({@link PausingCourt}).
     */
    public static CourtProcess pausingAt(Path dataDir, FinishPause.Stage stage, String sha256) throws Exception {
        return new CourtProcess(KilledProcess.java(PausingCourt.class, dataDir.toString(), stage.name(), sha256));
    }

    private CourtProcess(List<String> command) throws Exception {
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try (out) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException ended) {
                // the process was killed: its output ends here
            }
            lines.add(END);
        }, "court-process-output");
        reader.setDaemon(true);
        reader.start();
        String line = awaitLine("listening on https://");
        port = Integer.parseInt(line.substring(line.lastIndexOf(':') + 1).trim());
    }

    public int port() {
        return port;
    }

    /**
     * Reads standard output up to the first line starting with {@code prefix}, and returns it;
     * fails (and kills the process) when the output ends first or after {@link #LINE_DEADLINE}.
     */
    public String awaitLine(String prefix) throws Exception {
        long deadline = System.nanoTime() + LINE_DEADLINE.toNanos();
        while (true) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                process.destroyForcibly();
                throw new AssertionError("the server did not print " + prefix + " within " + LINE_DEADLINE);
            }
            if (line == END) {
                lines.add(END); // a later wait ends at once too
                throw new AssertionError("the server ended without printing " + prefix);
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** SIGKILL without waiting for the process to end (from another thread than the test's). */
    public void destroy() {
        process.destroyForcibly();
    }

    /** SIGKILL: no shutdown hook, nothing flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
