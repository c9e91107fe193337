package org.lastmile.gnss.receiver;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real gpsd fed a recorded log (in a loop) by gpsd's own {@code gpsfake}, on a free loopback
 * port. Made, it skips the test (an assumption) when gpsd or gpsfake is not installed (Debian
 * packages {@code gpsd}, {@code gpsd-clients}); {@link #start()} starts it, {@link #close()} ends it
 * and the gpsd it started.
 *
 * <p>The port is only known once started. A port found free (a socket bound to port 0 and closed)
 * may be taken by another process before gpsd binds it, and gpsd cannot be told to choose one
 * itself ({@code gpsfake -P 0} picks one the same way). So {@link #start()} checks in
 * {@code /proc} that the gpsd it started is the one listening on 127.0.0.1 at that port, and starts
 * again on another port when it is not (gpsd died, or listens only on ::1 because 127.0.0.1 was taken).
 */
public final class GpsFake implements AutoCloseable {

    /** Ports tried before giving up: each is lost only to a process binding it in the instant between. */
    private static final int TRIES = 5;
    /** How long a gpsd may take to listen: a hang's bound on a loaded machine, not a wait. */
    private static final long LISTEN_WITHIN_SECONDS = 90;

    /** Stands for the sockets of a gpsd whose {@code /proc/PID/fd} this user may not read. */
    private static final String UNREADABLE = "?";

    /** The log it replays: a Quectel L70 recorded near Calgary (51.07°N 114.10°W). */
    public final Path log;
    private final Path gpsfake;
    private Process process;
    private int port = -1;

    public GpsFake() throws IOException, URISyntaxException {
        Optional<Path> found = onPath("gpsfake");
        assumeTrue(found.isPresent() && Files.isExecutable(Path.of("/usr/sbin/gpsd")), "gpsd and gpsfake not installed");
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "no /proc/net/tcp to see which process holds the port");
        gpsfake = found.get();
        log = Path.of(GpsFake.class.getResource("/nmea/quectel-L70.log").toURI());
    }

    /** The port gpsd answers on (127.0.0.1), once {@link #start() started}. */
    public int port() {
        if (process == null) {
            throw new IllegalStateException("gpsfake not started");
        }
        return port;
    }

    /**
     * Starts gpsfake (and its gpsd) on a free port, sending a sentence every 0.05 s; returns once
     * that gpsd listens on it.
     *
     * @throws IOException when no gpsd listened on any of the ports tried (with gpsfake's last output)
     */
    public void start() throws IOException, InterruptedException {
        String said = "";
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            int candidate = freePort();
            Path output = Files.createTempFile("gpsfake", ".txt");
            Process started = new ProcessBuilder(gpsfake.toString(), "-q", "-c", "0.05", "-P", String.valueOf(candidate),
                    log.toString()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean ours = listens(started, candidate);
            if (ours) {
                process = started;
                port = candidate;
                Files.deleteIfExists(output);
                return;
            }
            stop(started);
            said = Files.readString(output);
            Files.deleteIfExists(output);
        }
        throw new IOException("no gpsd of ours listened on any of " + TRIES + " free ports; gpsfake said: " + said);
    }

    /**
     * Whether a gpsd started by {@code gpsfake} listens on 127.0.0.1:{@code port}: false as soon as
     * gpsfake or its gpsd has ended, or another process holds that port.
     */
    private static boolean listens(Process gpsfake, int port) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LISTEN_WITHIN_SECONDS);
        // the gpsd once seen (its command line is read from /proc: kept, not read again each time)
        List<ProcessHandle> gpsds = List.of();
        while (System.nanoTime() < deadline) {
            if (gpsds.isEmpty()) {
                gpsds = gpsfake.descendants()
                        .filter(h -> h.info().command().map(c -> c.endsWith("/gpsd")).orElse(false)).toList();
            }
            if (!gpsfake.isAlive() || (!gpsds.isEmpty() && gpsds.stream().noneMatch(ProcessHandle::isAlive))) {
                return false;
            }
            Optional<String> holder = listener(port);
            if (holder.isPresent() && !gpsds.isEmpty()) {
                Set<String> sockets = gpsds.stream().flatMap(GpsFake::sockets).collect(Collectors.toSet());
                if (sockets.contains(holder.get()) || sockets.contains(UNREADABLE)) {
                    return true; // ours (or, where /proc hides gpsd's sockets, as good as it was before this check)
                }
                if (!sockets.isEmpty()) {
                    return false; // someone else took it; gpsd cannot have it on 127.0.0.1
                }
            }
            // No event to wait on for another process's listen(2): /proc is looked at again shortly.
            Thread.sleep(50);
        }
        return false;
    }

    /** The socket inode listening on 127.0.0.1:{@code port}, from {@code /proc/net/tcp}. */
    private static Optional<String> listener(int port) throws IOException {
        String local = String.format(Locale.ROOT, ":%04X", port);
        try (Stream<String> lines = Files.lines(Path.of("/proc/net/tcp"))) {
            return lines.skip(1).map(String::trim).map(l -> l.split("\\s+"))
                    .filter(f -> f.length > 9 && (f[1].equals("0100007F" + local) || f[1].equals("7F000001" + local))
                            && f[3].equals("0A")) // 0A: LISTEN
                    .map(f -> f[9]).findFirst();
        }
    }

    /** The inodes of a process's sockets (its {@code /proc/PID/fd} links {@code socket:[N]}). */
    private static Stream<String> sockets(ProcessHandle process) {
        Path fds = Path.of("/proc", Long.toString(process.pid()), "fd");
        try (Stream<Path> links = Files.list(fds)) {
            return links.map(l -> {
                try {
                    return Files.readSymbolicLink(l).toString();
                } catch (IOException gone) {
                    return "";
                }
            }).filter(t -> t.startsWith("socket:[")).map(t -> t.substring(8, t.length() - 1)).toList().stream();
        } catch (java.nio.file.AccessDeniedException hidden) {
            return Stream.of(UNREADABLE);
        } catch (IOException gone) {
            return Stream.empty(); // it ended meanwhile
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return free.getLocalPort();
        }
    }

    private static void stop(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            stop(process);
        }
    }

    private static Optional<Path> onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
