package org.lastmile.app.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.lastmile.store.SqliteConnections;
import org.lastmile.store.SqliteNative;

/**
 * Gets the SQLite driver ready on a second thread while picocli builds its model of the commands
 * (issue 18). A command that opens the store otherwise loads the driver only after that model is
 * built: the native library (from the copy in the user's cache, {@link SqliteNative}), the
 * driver's classes and its logging, about 100 ms of a cold JVM one after the other. Here they are
 * loaded beside picocli's work on a two-core machine. Nothing in the data directory is touched:
 * the warm-up opens an in-memory database only. Started only for the commands that open a
 * database, so that {@code --version}, {@code survey} and the rest pay nothing for it.
 */
final class DriverWarmUp {

    /** The top-level commands that open the store ({@link StoreCommand#openStore()}). */
    static final Set<String> STORE_COMMANDS = Set.of("cases", "audit", "record", "doc", "sync", "sketch");

    /** Options of the root command that take a value (the value is not the command's name). */
    private static final Set<String> WITH_VALUE = Set.of("--data-dir", "--lang");

    private final CompletableFuture<Void> ready;

    private DriverWarmUp(CompletableFuture<Void> ready) {
        this.ready = ready;
    }

    /** Nothing to wait for: the store opens as it would without a warm-up. */
    static DriverWarmUp none() {
        return new DriverWarmUp(CompletableFuture.completedFuture(null));
    }

    /** Starts the warm-up when {@code args} name a command that opens a database. */
    static DriverWarmUp forArguments(String[] args, Path cacheDir) {
        if (!opensStore(args)) {
            return none();
        }
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                warmUp(cacheDir);
            } catch (RuntimeException | SQLException | LinkageError e) {
                // The store's own open reports whatever is wrong with the driver.
            } finally {
                ready.complete(null);
            }
        }, "lastmile-sqlite-warm-up");
        thread.setDaemon(true);
        thread.start();
        return new DriverWarmUp(ready);
    }

    /** Whether the first word that is not an option names a command that opens a database. */
    static boolean opensStore(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return false;
            }
            if (WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                return STORE_COMMANDS.contains(arg);
            }
        }
        return false;
    }

    private static void warmUp(Path cacheDir) throws SQLException {
        SqliteNative.useCopyIn(cacheDir);
        try (Connection c = SqliteConnections.open("jdbc:sqlite::memory:");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT sqlite_version()")) {
            r.next();
        }
    }

    /** Waits until the driver is ready (or the warm-up gave up); then the store may open. */
    void await() {
        ready.join();
    }
}
