package org.lastmile.store.cases;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.lastmile.common.LocalizedException;
import org.lastmile.store.Tx;

/**
 * Cases handed over (已移交): the office took the case away from this laptop's officer, and the
 * court said so on pull. The case and its records stay on the laptop as they were; what was queued
 * before still goes up (the court accepts what a laptop made before it knew), but nothing new may
 * be made on the case here: every local write of it, its records and its sketch is refused with
 * {@code case.error.handedOver}. A later case change from the court (assigned again) clears it.
 */
public final class HandedOverCases {

    private HandedOverCases() {
    }

    /** Notes the court's notice (at its sequence) that the case is no longer this officer's. */
    public static void mark(Tx tx, String caseId, long serverSeq) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement("INSERT INTO sync_handed_over (case_id, server_seq)"
                + " VALUES (?, ?) ON CONFLICT (case_id) DO UPDATE SET server_seq = MAX(server_seq, excluded.server_seq)")) {
            s.setString(1, caseId);
            s.setLong(2, serverSeq);
            s.executeUpdate();
        }
    }

    /** A case change the court sent after its notice: the case is this officer's again. */
    public static void assignedAgain(Tx tx, String caseId, long serverSeq) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "DELETE FROM sync_handed_over WHERE case_id = ? AND server_seq < ?")) {
            s.setString(1, caseId);
            s.setLong(2, serverSeq);
            s.executeUpdate();
        }
    }

    public static boolean handedOver(Tx tx, UUID caseId) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT 1 FROM sync_handed_over WHERE case_id = ?")) {
            s.setString(1, caseId.toString());
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Every case handed over. */
    public static Set<UUID> all(Tx tx) throws SQLException {
        Set<UUID> out = new HashSet<>();
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT case_id FROM sync_handed_over");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(UUID.fromString(r.getString(1)));
            }
        }
        return out;
    }

    /**
     * Refuses new work on a handed-over case made here.
     *
     * @throws LocalizedException {@code case.error.handedOver}
     */
    public static void refuseNewWork(Tx tx, UUID caseId) throws SQLException {
        if (handedOver(tx, caseId)) {
            throw new LocalizedException("case.error.handedOver");
        }
    }
}
