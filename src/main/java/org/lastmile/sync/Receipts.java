package org.lastmile.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.lastmile.store.Database;
import org.lastmile.store.Tx;
import org.lastmile.store.audit.ChainHead;

/**
 * The court's signed receipts, kept exactly as received. Each names the head of this device's
 * audit chain that the court holds; a local chain cut back after a sync no longer reaches it.
 */
public final class Receipts {

    /**
     * A receipt.
     *
     * @param head the chain head the court acknowledged
     * @param body the receipt as received (the signed bytes)
     * @param signature the court's signature, as sent
     * @param signatureValid whether it checked with the court's key from the enrolment
     */
    public record Receipt(ChainHead head, String body, String signature, boolean signatureValid) {
    }

    private final Database database;

    public Receipts(Database database) {
        this.database = database;
    }

    static void store(Tx tx, Receipt receipt) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "INSERT INTO sync_receipts (received_at, chain_seq, chain_hash, body, signature, signature_ok)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, tx.now().toString());
            s.setLong(2, receipt.head().seq());
            s.setString(3, receipt.head().hash());
            s.setString(4, receipt.body());
            s.setString(5, receipt.signature());
            s.setInt(6, receipt.signatureValid() ? 1 : 0);
            s.executeUpdate();
        }
    }

    /** The sequence of the newest chain head the court acknowledged (0: none yet). */
    static long acknowledged(Tx tx) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT chain_seq FROM sync_receipts WHERE signature_ok = 1 ORDER BY seq DESC LIMIT 1");
                ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** The newest receipt, if the court ever gave one. */
    public Optional<Receipt> newest() {
        return database.read(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT chain_seq, chain_hash, body, signature, signature_ok FROM sync_receipts ORDER BY seq DESC LIMIT 1");
                    ResultSet r = s.executeQuery()) {
                return r.next()
                        ? Optional.of(new Receipt(new ChainHead(r.getLong(1), r.getString(2)), r.getString(3),
                                r.getString(4), r.getInt(5) == 1))
                        : Optional.empty();
            }
        });
    }
}
