package org.lastmile.sync;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.lastmile.store.Database;
import org.lastmile.store.Tx;

/**
 * The one row of {@code sync_state}: the enrolment, the pull cursor, and the sync session that
 * progress is counted over (opened by the first run after everything was settled, closed when it
 * is settled again, so that a restart continues the same session).
 */
public final class SyncState {

    private final Database database;

    public SyncState(Database database) {
        this.database = database;
    }

    public Optional<Enrolment> enrolment() {
        return database.read(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT server_url, device_id, credential, ca_pem, officer_id, court_code, receipt_key FROM sync_state"
                            + " WHERE id = 1 AND device_id IS NOT NULL");
                    ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Enrolment(URI.create(r.getString(1)), r.getString(2),
                        r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7))) : Optional.empty();
            }
        });
    }

    /** Remembers the enrolment (a new one replaces the old; the cursor starts again). */
    public void enrol(Enrolment e) {
        database.transaction(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "UPDATE sync_state SET server_url = ?, device_id = ?, credential = ?, ca_pem = ?, enrolled_at = ?,"
                            + " officer_id = ?, court_code = ?, receipt_key = ?, pull_cursor = 0 WHERE id = 1")) {
                s.setString(1, e.server().toString());
                s.setString(2, e.deviceId());
                s.setString(3, e.credential());
                s.setString(4, e.caPem());
                s.setString(5, tx.now().toString());
                s.setString(6, e.officerId());
                s.setString(7, e.courtCode());
                s.setString(8, e.receiptKey());
                s.executeUpdate();
            }
            return null;
        });
    }

    public long cursor() {
        return database.read(SyncState::cursor);
    }

    static long cursor(Tx tx) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT pull_cursor FROM sync_state WHERE id = 1");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Stores the cursor inside the transaction that applied the page it ends. */
    static void storeCursor(Tx tx, long cursor) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement("UPDATE sync_state SET pull_cursor = ? WHERE id = 1")) {
            s.setLong(1, cursor);
            s.executeUpdate();
        }
    }

    /** Opens a session unless one is open (after a restart the same one goes on). */
    public void openSession() {
        database.transaction(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "UPDATE sync_state SET session = session + 1, session_open = 1,"
                            + " session_from_seq = coalesce((SELECT min(seq) FROM outbox WHERE " + OutboxQueue.UNSETTLED
                            + "), (SELECT coalesce(max(seq), 0) + 1 FROM outbox))"
                            + " WHERE id = 1 AND session_open = 0")) {
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Closes the session: everything is settled. */
    public void closeSession() {
        database.transaction(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "UPDATE sync_state SET session_open = 0, current_item = NULL WHERE id = 1")) {
                s.executeUpdate();
            }
            return null;
        });
    }

    /** What the engine is working on, for a progress view (kept across a restart). */
    public void current(String item) {
        database.transaction(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "UPDATE sync_state SET current_item = ? WHERE id = 1")) {
                s.setString(1, item);
                s.executeUpdate();
            }
            return null;
        });
    }
}
