package org.lastmile.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Tells a clean shutdown from a killed process without reading the database: each process that
 * opens the store leaves {@code .open-PID} in the data directory and removes it when it closes
 * the store. A marker whose process is gone means that process ended without closing (a kill, a
 * power cut), and the pages are checked before anything else writes.
 */
public final class SessionMarker {

    static final String PREFIX = ".open-";

    private final Path directory;
    private final Path own;
    private final String ownStart;

    SessionMarker(Path directory) {
        this.directory = directory;
        ProcessHandle self = ProcessHandle.current();
        this.own = directory.resolve(PREFIX + self.pid());
        this.ownStart = start(self);
    }

    /** The markers of processes that are gone without closing the store. */
    List<Path> stale() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX)).filter(p -> !p.equals(own))
                    .filter(p -> !alive(p)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether another running process has the store of this directory open (the window). */
    public static boolean othersAlive(Path directory) {
        Path own = directory.resolve(PREFIX + ProcessHandle.current().pid());
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX)).filter(p -> !p.equals(own))
                    .anyMatch(SessionMarker::alive);
        } catch (IOException e) {
            return false;
        }
    }

    /** Marks this process as having the store open. */
    void begin() {
        try {
            Files.writeString(own, ownStart, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // A folder that cannot take the marker cannot take the database either: open reports it.
        }
    }

    /** The store was closed cleanly. */
    void end() {
        try {
            Files.deleteIfExists(own);
        } catch (IOException e) {
            // Next start then checks the pages once more: harmless.
        }
    }

    /** Forgets the markers of killed processes once their file has been checked. */
    static void clear(List<Path> markers) {
        for (Path p : markers) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // Checked again next time.
            }
        }
    }

    private static boolean alive(Path marker) {
        String name = marker.getFileName().toString().substring(PREFIX.length());
        long pid;
        try {
            pid = Long.parseLong(name);
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        // The same number may belong to another program after a reboot: compare start times.
        try {
            String recorded = Files.readString(marker, StandardCharsets.UTF_8).trim();
            return recorded.isEmpty() || recorded.equals(start(process.get()));
        } catch (IOException e) {
            return true;
        }
    }

    private static String start(ProcessHandle p) {
        return p.info().startInstant().map(Instant::toString).orElse("");
    }
}
