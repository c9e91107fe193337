package org.lastmile.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Taken off a case (撤回分案): when a case loses an officer, the officer's laptops are told through
 * the pull feed, and what they made on the case before they knew still goes up.
 *
 * <p>A notice is one {@code unassigned} row per officer and case at a fresh sequence, written in the
 * transaction that took the case away (the office's assignment, a pushed case whose officers no
 * longer include him, or the officer's court changed by the office), so it is written once, kept
 * across restarts and served by {@link Feed} in cursor order like a change ({@code op unassign}).
 *
 * <p>The rule for what a laptop sends afterwards: the court accepts an operation on the case from a
 * device that has not yet stored the newest notice (its pull cursor, {@code devices.pulled_to}, is
 * below it): the laptop could not have known, so the work was made while the case was the
 * officer's. Once the device has pulled past the notice its laptop shows the case handed over and
 * read-only, and anything it still sends on the case is refused ({@code server.push.error.handedOver}).
 * The laptop's cursor is a fact the court holds, not a claim of the laptop's clock.
 */
public final class Unassignments {

    private Unassignments() {
    }

    /** Writes one notice for each officer the case lost; call in the transaction that took it away. */
    static void taken(Connection c, String caseId, List<String> lost) throws SQLException {
        for (String officer : lost) {
            notice(c, officer, caseId);
        }
    }

    /** Writes a notice that the officer no longer holds the case, at the next sequence. */
    public static void notice(Connection c, String officerId, String caseId) throws SQLException {
        Sql.update(c, "INSERT INTO unassigned (sequence, officer_id, case_id) VALUES (?, ?, ?)", Sequencer.next(c),
                officerId, caseId);
    }

    /**
     * Whether the officer was taken off the case and this device has not yet pulled past the newest
     * such notice: what it sends on the case was made before it could know.
     *
     * @return empty when the officer was never taken off the case (the old rules decide)
     */
    public static Optional<Boolean> madeBeforeTheDeviceKnew(Connection c, UUID device, String officerId,
            String caseId) throws SQLException {
        Optional<Long> newest = Sql.one(c, "SELECT sequence FROM unassigned WHERE officer_id = ? AND case_id = ?"
                + " ORDER BY sequence DESC LIMIT 1", r -> r.getLong(1), officerId, caseId);
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        long pulledTo = Sql.one(c, "SELECT pulled_to FROM devices WHERE id = ?", r -> r.getLong(1), device)
                .orElse(0L);
        return Optional.of(pulledTo < newest.get());
    }

    /** Notes that the device asked for changes after this cursor: it has stored everything up to it. */
    public static void pulled(Connection c, UUID device, long after) throws SQLException {
        Sql.update(c, "UPDATE devices SET pulled_to = ? WHERE id = ? AND pulled_to < ?", after, device, after);
    }
}
