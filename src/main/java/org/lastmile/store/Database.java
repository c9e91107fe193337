package org.lastmile.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The officer's SQLite file: WAL, {@code synchronous=FULL}, foreign keys on, migrated by Flyway on
 * open. One connection serves the whole app; access is serialized because a JDBC connection is not
 * thread-safe and SQLite has a single writer anyway.
 */
public final class Database implements AutoCloseable {

    /** The file name inside the data directory. */
    public static final String FILE_NAME = "lastmile.db";

    // SQLite's primary result codes for a damaged file.
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private final Path file;
    private final Clock clock;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private Database(Path file, Clock clock, Connection connection) {
        this.file = file;
        this.clock = clock;
        this.connection = connection;
    }

    /**
     * Opens (creating if needed) the database of a data directory and brings its schema up to
     * date, after a backup when an existing file must be migrated.
     *
     * @throws StoreException {@code store.error.*} for a corrupt file, one written by a newer
     *     version, or a directory that cannot be written; the file is then left untouched
     */
    public static Database open(Path dataDirectory, Clock clock) {
        return open(dataDirectory, clock, IntegrityCheck.ON_OPEN);
    }

    /**
     * Opens like {@link #open(Path, Clock)}; with {@link IntegrityCheck#DEFERRED}, a file whose
     * schema is already current opens without reading every page (call {@link #checkIntegrity()}
     * before the first write) and without starting Flyway.
     */
    public static Database open(Path dataDirectory, Clock clock, IntegrityCheck integrity) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new StoreException(e, "store.error.directory", dataDirectory);
        }
        Path file = dataDirectory.resolve(FILE_NAME);
        FileCheck check = new FileCheck(file);
        boolean exists = check.requireHeaderOrAbsent();
        Migrator migrator = new Migrator(file, dataDirectory.resolve("backups"), clock);
        boolean current = exists && migrator.isCurrent();
        if (exists && (!current || integrity == IntegrityCheck.ON_OPEN)) {
            check.requirePagesIntact();
        }
        if (!current) {
            migrator.migrate();
        }
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, config().toProperties());
            connection.setAutoCommit(false);
            return new Database(file, clock, connection);
        } catch (SQLException e) {
            throw new StoreException(e, "store.error.open", file);
        }
    }

    /**
     * Runs SQLite's {@code quick_check} over the open file (every page is read).
     *
     * @throws StoreException {@code store.error.corrupt} when a page is damaged
     */
    public void checkIntegrity() {
        String verdict;
        try {
            verdict = read(tx -> {
                try (Statement s = tx.connection().createStatement();
                        ResultSet r = s.executeQuery("PRAGMA quick_check")) {
                    return r.next() ? r.getString(1) : "no answer";
                }
            });
        } catch (StoreException e) {
            throw new StoreException(e, "store.error.corrupt", file, String.valueOf(e.getCause()));
        }
        if (!"ok".equals(verdict)) {
            throw new StoreException("store.error.corrupt", file, verdict);
        }
    }

    static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    public Path file() {
        return file;
    }

    public Clock clock() {
        return clock;
    }

    /** Work inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    /**
     * Runs one user action as one transaction: everything it writes commits together, or nothing
     * does. Domain problems thrown inside roll the transaction back and reach the caller unchanged.
     */
    public <T> T transaction(Work<T> work) {
        lock.lock();
        try {
            try {
                T result = work.run(new Tx(connection, clock.instant()));
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly();
                if (e instanceof RuntimeException runtime) {
                    throw runtime;
                }
                SQLException sql = (SQLException) e;
                int primary = sql.getErrorCode() & 0xff;
                if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
                    throw new StoreException(e, "store.error.corrupt", file, e.getMessage());
                }
                throw new StoreException(e, "store.error.write", e.getMessage());
            }
        } finally {
            lock.unlock();
        }
    }

    /** Reads in a transaction of its own, so that the reader sees one consistent state. */
    public <T> T read(Work<T> work) {
        return transaction(work);
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure matters more than a failed rollback.
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(e, "store.error.close", file);
        } finally {
            lock.unlock();
        }
    }
}
