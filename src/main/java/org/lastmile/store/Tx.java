package org.lastmile.store;

import java.sql.Connection;
import java.time.Instant;

/**
 * An open transaction: the connection to write with and the instant the user action happened
 * (one instant for every row the action writes).
 *
 * @param connection the JDBC connection inside the transaction
 * @param now the time of the action, from the store's clock
 */
public record Tx(Connection connection, Instant now) {
}
