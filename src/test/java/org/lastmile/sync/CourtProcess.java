package org.lastmile.sync;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lastmile.app.Launcher;
import org.lastmile.store.KilledProcess;

/**
 * A real {@code lastmile server start} process for the kill tests: started on a free port, its
 * standard output read line by line, ended with SIGKILL.
 */
public final class CourtProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final int port;

    /** Starts the server of {@code dataDir}, with {@code -D} options for the child JVM (test hooks). */
    public CourtProcess(Path dataDir, String... systemProperties) throws Exception {
        List<String> command = KilledProcess.java(Launcher.class, "server", "start", "--data-dir", dataDir.toString(),
                "--port", "0");
        for (String p : systemProperties) {
            command.add(1, "-D" + p);
        }
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = awaitLine("listening on https://");
        port = Integer.parseInt(line.substring(line.lastIndexOf(':') + 1).trim());
    }

    public int port() {
        return port;
    }

    /** Reads standard output up to the first line starting with {@code prefix}, and returns it. */
    public String awaitLine(String prefix) throws Exception {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("the server ended without printing " + prefix);
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
