package org.lastmile.server.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;

/**
 * The server's database: an SQLite file in the data directory, or PostgreSQL (several server
 * processes on one database). Each call of {@link #transaction} is one transaction on a pooled
 * connection; writes that take a sequence are ordered by the counter row (see {@link Sequencer}).
 */
public final class ServerDb implements AutoCloseable {

    /** The work of one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final String url;
    private final boolean postgres;
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(8);

    private ServerDb(String url) {
        this.url = url;
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    /** The SQLite store of a data directory. */
    public static ServerDb sqlite(Path dataDir) {
        return open("jdbc:sqlite:" + dataDir.resolve("server.db").toAbsolutePath());
    }

    /**
     * Opens and migrates the database at {@code url} ({@code jdbc:sqlite:…} or {@code jdbc:postgresql:…}).
     *
     * @throws Refusal {@code server.error.dbUrl} for any other URL
     */
    public static ServerDb open(String url) {
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new Refusal(400, "server.error.dbUrl", url);
        }
        ServerDb db = new ServerDb(url);
        String vendor = db.postgres ? "postgresql" : "sqlite";
        Flyway.configure(ServerDb.class.getClassLoader())
                .dataSource(url, null, null)
                .locations("classpath:db/server/common", "classpath:db/server/" + vendor)
                .table("server_schema_history")
                .load()
                .migrate();
        return db;
    }

    public boolean postgres() {
        return postgres;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(Work<T> work) {
        Connection c = borrow(true);
        boolean healthy = false;
        try {
            try {
                T result = work.run(c);
                c.commit();
                healthy = true;
                return result;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                healthy = true;
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("server database: " + e.getMessage(), e);
        } finally {
            giveBack(c, healthy);
        }
    }

    /**
     * Runs {@code work}, a single query, outside a writing transaction: on SQLite every
     * {@link #transaction} begins IMMEDIATE and so waits for the write lock, which a group commit
     * holds through its fsync; a token check or an upload's status read before each chunk waited
     * there (SQLite's busy handler sleeps 1, 2, 5, 10 … ms), for every photo. A single statement in
     * auto-commit reads the last committed state without the lock.
     */
    public <T> T read(Work<T> work) {
        Connection c = borrow(false);
        boolean healthy = false;
        try {
            T result = work.run(c);
            healthy = true;
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("server database: " + e.getMessage(), e);
        } finally {
            giveBack(c, healthy);
        }
    }

    /** @param writing a transaction (SQLite: BEGIN IMMEDIATE); else a connection in auto-commit */
    private Connection borrow(boolean writing) {
        Connection c = idle.poll();
        if (c != null) {
            try {
                c.setAutoCommit(!writing); // SQLite: BEGIN IMMEDIATE now, for this transaction only
                return c;
            } catch (SQLException broken) {
                giveBack(c, false);
            }
        }
        try {
            if (postgres) {
                c = DriverManager.getConnection(url);
            } else {
                SQLiteConfig config = new SQLiteConfig();
                config.setJournalMode(SQLiteConfig.JournalMode.WAL);
                config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
                config.setBusyTimeout(60_000);
                // Writers take the lock at BEGIN: no deadlock between two read-then-write transactions.
                config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
                c = DriverManager.getConnection(url, config.toProperties());
            }
            c.setAutoCommit(!writing);
            return c;
        } catch (SQLException e) {
            throw new IllegalStateException("server database: " + e.getMessage(), e);
        }
    }

    private void giveBack(Connection c, boolean healthy) {
        // The SQLite driver begins the next transaction as soon as one commits: with IMMEDIATE that
        // held the write lock while the connection sat idle, and every office command run beside
        // the server (enrol, cases import) failed with SQLITE_BUSY. Idle connections hold nothing.
        if (healthy) {
            try {
                c.setAutoCommit(true);
            } catch (SQLException broken) {
                healthy = false;
            }
        }
        if (!healthy || !idle.offer(c)) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // a broken connection is dropped either way
            }
        }
    }

    @Override
    public void close() {
        Connection c;
        while ((c = idle.poll()) != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
