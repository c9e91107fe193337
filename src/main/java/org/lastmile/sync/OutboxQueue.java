package org.lastmile.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lastmile.store.Database;
import org.lastmile.store.Tx;

/**
 * The outbox as the sync engine drains it: a bounded batch is claimed (marked {@code sent}) in one
 * transaction, and its results are stored in another. Both are checkpoints: after a kill between
 * them the batch is claimed again and sent again, and the server answers a repeated op_id with the
 * result it stored (at-least-once delivery, applied exactly once).
 */
public final class OutboxQueue {

    /** Rows still to go: never sent, or sent without a stored answer. */
    static final String UNSETTLED = "state IN ('pending', 'sent')";

    private final Database database;

    public OutboxQueue(Database database) {
        this.database = database;
    }

    /**
     * Claims the next batch in outbox order: at most {@code maxCount} operations and at most
     * {@code maxBytes} of payload (but always at least one, however large).
     *
     * @return the batch, empty when nothing is left to send
     */
    public List<OutgoingOp> claim(int maxCount, long maxBytes) {
        return database.transaction(tx -> {
            List<OutgoingOp> batch = new ArrayList<>();
            java.util.Set<String> entities = new java.util.HashSet<>();
            long bytes = 0;
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT seq, op_id, entity, entity_id, op, base_version, payload, chain_seq, chain_hash, created_at"
                            + " FROM outbox WHERE " + UNSETTLED + " ORDER BY seq LIMIT ?")) {
                s.setInt(1, maxCount);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long base = r.getLong(6);
                        Long baseVersion = r.wasNull() ? null : base;
                        long chain = r.getLong(8);
                        Long chainSeq = r.wasNull() ? null : chain;
                        OutgoingOp op = new OutgoingOp(r.getLong(1), UUID.fromString(r.getString(2)), r.getString(3),
                                r.getString(4), r.getString(5), baseVersion, r.getString(7), chainSeq, r.getString(9),
                                java.time.Instant.parse(r.getString(10)), List.of());
                        if (!batch.isEmpty() && bytes + op.bytes() > maxBytes
                                || !entities.add(op.entity() + " " + op.entityId())) {
                            // A second edit of an entity waits for the answer to the first: its base
                            // is only right if the court took the first as it was (see Rebase).
                            break;
                        }
                        bytes += op.bytes();
                        batch.add(op);
                    }
                }
            }
            for (int i = 0; i < batch.size(); i++) {
                OutgoingOp op = batch.get(i);
                List<String> files = ReferencedFiles.held(tx, op.entity(), op.payload());
                String basePayload = Rebase.basePayload(tx, op);
                if (!files.isEmpty() || basePayload != null) {
                    batch.set(i, new OutgoingOp(op.seq(), op.opId(), op.entity(), op.entityId(), op.op(), op.baseVersion(),
                            op.payload(), op.chainSeq(), op.chainHash(), op.createdAt(), files, basePayload));
                }
            }
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "UPDATE outbox SET state = 'sent', attempts = attempts + 1, sent_at = ? WHERE seq = ?")) {
                for (OutgoingOp op : batch) {
                    s.setString(1, tx.now().toString());
                    s.setLong(2, op.seq());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return batch;
        });
    }

    /**
     * Stores the court's answers for a batch, its conflicts and its receipt in one transaction.
     * An operation the answer does not name stays {@code sent} and goes again.
     */
    public void settle(List<OpResult> results, Receipts.Receipt receipt) {
        database.transaction(tx -> {
            settle(tx, results);
            if (receipt != null) {
                Receipts.store(tx, receipt);
            }
            return null;
        });
    }

    private static void settle(Tx tx, List<OpResult> results) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "UPDATE outbox SET state = ?, result = ?, result_detail = ?, server_seq = ?, settled_at = ?"
                        + " WHERE op_id = ? AND state = 'sent'")) {
            for (OpResult result : results) {
                s.setString(1, result.outcome().confirmed() ? "confirmed" : "needs_person");
                s.setString(2, result.outcome().code());
                s.setString(3, result.detail());
                if (result.serverSeq() == null) {
                    s.setNull(4, java.sql.Types.INTEGER);
                } else {
                    s.setLong(4, result.serverSeq());
                }
                s.setString(5, tx.now().toString());
                s.setString(6, result.opId().toString());
                int changed = s.executeUpdate();
                if (changed == 1 && result.outcome() == OpOutcome.CONFLICT) {
                    Conflicts.store(tx, result);
                }
                if (changed == 1) {
                    Rebase.after(tx, result);
                }
            }
        }
    }

    /** How many operations are not yet on the server (pending or sent without answer). */
    public long unsettled() {
        return database.read(tx -> count(tx, UNSETTLED));
    }

    /** How many operations the court refused or found in conflict, for a person. */
    public long needingPerson() {
        return database.read(tx -> count(tx, "state = 'needs_person'"));
    }

    private static long count(Tx tx, String where) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT count(*) FROM outbox WHERE " + where);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
