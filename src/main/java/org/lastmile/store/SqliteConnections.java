package org.lastmile.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.JDBC;

/**
 * Opens SQLite connections straight through the driver rather than {@code DriverManager}. The first
 * {@code DriverManager.getConnection} of a process loads every JDBC driver on the class path through
 * the service loader: the PostgreSQL driver of the court server, and with it
 * {@code java.util.logging}, about 130 classes that no officer's store needs (issue 18: a
 * command-line call paid for them on every start).
 */
public final class SqliteConnections {

    private SqliteConnections() {
    }

    /** A connection to {@code url} ({@code jdbc:sqlite:…}) with the driver's properties. */
    public static Connection open(String url, Properties properties) throws SQLException {
        Connection connection = JDBC.createConnection(url, properties);
        if (connection == null) {
            throw new SQLException("not an SQLite URL: " + url);
        }
        return connection;
    }

    /** A connection to {@code url} with the driver's defaults. */
    public static Connection open(String url) throws SQLException {
        return open(url, new Properties());
    }
}
