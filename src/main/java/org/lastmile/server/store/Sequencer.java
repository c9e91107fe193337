package org.lastmile.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The server's global sequence. {@link #next} updates the one counter row, which locks it until
 * the transaction ends: a second transaction (in this process or another server process on the
 * same PostgreSQL) waits there, so sequences become visible in the order they were given and a
 * pull cursor never skips a change that commits later with a smaller number. Call it first in a
 * writing transaction, before reading what the write depends on.
 */
public final class Sequencer {

    private Sequencer() {
    }

    public static long next(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE seq_counter SET value = value + 1 WHERE name = 'change' RETURNING value");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The last sequence given (committed), without taking the lock. */
    public static long current(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM seq_counter WHERE name = 'change'");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
