package org.lastmile.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
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

    private final Path file;
    private final Clock clock;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final SessionMarker marker;
    private final List<Runnable> afterCommit = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile List<Path> unclean;
    private volatile boolean damaged;
    private Tx open; // the transaction in progress, guarded by lock

    private Database(Path file, Clock clock, Connection connection, SessionMarker marker, List<Path> unclean) {
        this.file = file;
        this.clock = clock;
        this.connection = connection;
        this.marker = marker;
        this.unclean = unclean;
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
     * Opens the database. Reads only the file's first 100 bytes and the migration history, so the
     * cost does not grow with the data; the pages are checked (every one is read) only before a
     * migration and after an unclean shutdown: with {@link IntegrityCheck#ON_OPEN} at once, with
     * {@link IntegrityCheck#DEFERRED} by the caller ({@link #integrityDue()}) before it writes.
     * A file refused as damaged is left exactly as it was, with no {@code -wal} or {@code -shm}
     * created beside it.
     */
    public static Database open(Path dataDirectory, Clock clock, IntegrityCheck integrity) {
        DataFolder folder = new DataFolder(dataDirectory);
        try {
            folder.create();
        } catch (IOException e) {
            throw new StoreException(e, "store.error.directory", dataDirectory);
        }
        boolean walBefore = Files.exists(folder.wal());
        boolean shmBefore = Files.exists(folder.shm());
        try {
            return openChecked(folder, clock, integrity);
        } catch (StoreException e) {
            if (isDamage(e)) {
                removeResidue(folder, walBefore, shmBefore);
                throw damaged(folder, e);
            }
            throw e;
        }
    }

    private static Database openChecked(DataFolder folder, Clock clock, IntegrityCheck integrity) {
        Path file = folder.database();
        FileCheck check = new FileCheck(file);
        boolean exists = check.requireHeaderOrAbsent();
        Migrator migrator = new Migrator(file, folder.backups(), clock);
        boolean current = exists && migrator.isCurrent();
        SessionMarker marker = new SessionMarker(folder.root());
        List<Path> unclean = exists ? marker.stale() : List.of();
        boolean checkNow = exists && (!current || (!unclean.isEmpty() && integrity == IntegrityCheck.ON_OPEN));
        if (checkNow) {
            check.requirePagesIntact();
            SessionMarker.clear(unclean);
            unclean = List.of();
        }
        if (!current) {
            migrator.migrate();
        }
        try {
            Connection connection = SqliteConnections.open("jdbc:sqlite:" + file, config().toProperties());
            connection.setAutoCommit(false);
            Database database = new Database(file, clock, connection, marker, unclean);
            marker.begin();
            folder.secure();
            return database;
        } catch (SQLException e) {
            throw fault(e, file).orElseGet(() -> new StoreException(e, "store.error.open", file));
        }
    }

    private static boolean isDamage(StoreException e) {
        return e.messageKey().equals("store.error.corrupt") || e.messageKey().equals("store.error.notADatabase");
    }

    /** The damage reported with the newest backup and the command that restores it. */
    static StoreException damaged(DataFolder folder, StoreException e) {
        Object[] args = e.messageArgs();
        Object detail = args.length > 1 ? args[1] : "";
        if (e.messageKey().equals("store.error.notADatabase")) {
            return new StoreException(e, "store.error.notADatabase", folder.database(), RestoreHint.of(folder));
        }
        return new StoreException(e, "store.error.corrupt", folder.database(), detail, RestoreHint.of(folder));
    }

    // SQLite may have made an empty -wal and an -shm while reading the damaged file: not ours to leave.
    private static void removeResidue(DataFolder folder, boolean walBefore, boolean shmBefore) {
        try {
            if (!walBefore && Files.exists(folder.wal()) && Files.size(folder.wal()) == 0) {
                Files.delete(folder.wal());
            }
            if (!shmBefore) {
                Files.deleteIfExists(folder.shm());
            }
        } catch (IOException e) {
            // The message about the damage matters more.
        }
    }

    /** A fault SQLite named, as its own message (read-only folder, full disk, locked, damaged). */
    static java.util.Optional<StoreException> fault(Throwable e, Path file) {
        return StoreFault.of(e).map(f -> f == StoreFault.DAMAGED
                ? new StoreException(e, "store.error.corrupt", file, "SQLITE_CORRUPT")
                : new StoreException(e, f.messageKey(), file));
    }

    /**
     * Whether the pages should be checked before the next write: the last session ended without
     * closing the store (see {@link SessionMarker}).
     */
    public boolean integrityDue() {
        return !unclean.isEmpty();
    }

    /**
     * Runs SQLite's {@code quick_check} over the file on a connection of its own (every page is
     * read); writes on this connection go on meanwhile. When a page is damaged, this store takes
     * no more writes ({@link #transaction}) and the message names the newest backup.
     *
     * @throws StoreException {@code store.error.corrupt} when a page is damaged
     */
    public void checkIntegrity() {
        checkIntegrity(p -> { });
    }

    /** {@link #checkIntegrity()} with progress, table by table. */
    public void checkIntegrity(java.util.function.Consumer<PageCheck.Progress> progress) {
        try {
            new PageCheck(file).run(progress);
        } catch (StoreException e) {
            damaged = true;
            throw damaged(new DataFolder(file.getParent()), e);
        }
        SessionMarker.clear(unclean);
        unclean = List.of();
    }

    /** A check outside this class (before a backup) found damage: refuse every write from now on. */
    public void markDamaged() {
        damaged = true;
    }

    /** Whether a check found damage: the store then refuses every write. */
    public boolean damaged() {
        return damaged;
    }

    static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // Measured on the generated 10,000-case file (docs/performance.md, "Connection settings"):
        // a larger page cache did not help the reads start-up does; memory-mapped I/O made full
        // reads ~3x faster but turns a disk read error into a crash (SIGBUS) instead of a message,
        // so it stays off; sorts that find no index stay in memory rather than in a temp file.
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
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
        if (damaged) {
            throw damaged(new DataFolder(file.getParent()),
                    new StoreException("store.error.corrupt", file, "quick_check"));
        }
        return run(work, true);
    }

    /** Reads in a transaction of its own, so that the reader sees one consistent state. */
    public <T> T read(Work<T> work) {
        return run(work, false);
    }

    /**
     * Runs after every committed transaction, on the thread that committed (keeps the audit head
     * file beside the database current). Must be quick and must not throw.
     */
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    private <T> T run(Work<T> work, boolean notify) {
        lock.lock();
        try {
            if (open != null) {
                // Inside another action of this thread (first-run seeding): part of its transaction.
                try {
                    return work.run(open);
                } catch (SQLException e) {
                    throw new NestedFailure(e);
                }
            }
            T result;
            try {
                open = new Tx(connection, clock.instant());
                result = work.run(open);
                open = null;
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                open = null;
                rollbackQuietly();
                SQLException sql = e instanceof NestedFailure nested ? nested.sql : e instanceof SQLException s ? s : null;
                if (sql == null) {
                    throw (RuntimeException) e;
                }
                StoreException fault = fault(sql, file).orElse(null);
                if (fault != null && fault.messageKey().equals("store.error.corrupt")) {
                    damaged = true;
                    throw damaged(new DataFolder(file.getParent()), fault);
                }
                if (fault != null) {
                    throw fault;
                }
                throw new StoreException(e, "store.error.write", StoreFault.codeName(sql));
            } catch (Error e) {
                // A class that fails to load, memory: rolled back like any failure. Left open, the
                // transaction would take in every later action of the app as "nested" (above), each
                // one reported as saved and none ever committed: a kill would lose them all.
                open = null;
                rollbackQuietly();
                throw e;
            }
            if (notify) {
                afterCommit.forEach(Runnable::run);
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    /** An SQL failure inside a nested action, carried out to the outer transaction that rolls back. */
    private static final class NestedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SQLException sql;

        NestedFailure(SQLException sql) {
            super(sql);
            this.sql = sql;
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException noTransaction) {
            // The original failure matters more than a failed rollback. But SQLite rolls a
            // transaction back by itself after some failures (a full disk at commit), and then the
            // driver's rollback fails before it begins the next transaction: every later action
            // ran statement by statement, each committed on its own, and its commit failed
            // ("no transaction is active") — a save reported as failed was half written. So the
            // next transaction is begun here as the driver would have.
            try (java.sql.Statement begin = connection.createStatement()) {
                begin.execute("BEGIN IMMEDIATE");
            } catch (SQLException stillInOne) {
                // a transaction is open after all: the next action runs in it as usual
            }
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
            marker.end();
        } catch (SQLException e) {
            throw new StoreException(e, "store.error.close", file);
        } finally {
            lock.unlock();
        }
    }
}
