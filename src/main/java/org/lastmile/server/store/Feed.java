package org.lastmile.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.lastmile.sync.protocol.Change;
import org.lastmile.sync.protocol.PullResponse;

/**
 * The pull feed: changes after a cursor that a device's officer may see, in sequence order.
 * Only sequences up to the counter's committed value are served, and every sequence below a
 * committed one is committed too (the counter row is held until commit), so a cursor never
 * passes over a change that becomes visible later.
 */
public final class Feed {

    private Feed() {
    }

    public static PullResponse page(Connection c, Device device, long after, int limit) throws SQLException {
        long upTo = Sequencer.current(c);
        String officer = "%," + device.officerId() + ",%";
        String court = device.courtCode();
        String visibleCase = "EXISTS (SELECT 1 FROM entities e WHERE e.entity = 'case'"
                + " AND e.entity_id = ch.case_id AND e.officer_ids LIKE ? AND (? IS NULL OR e.court_code = ?))";
        String notItsOwn = "NOT (ch.origin_device IS NOT NULL AND ch.origin_device = ? AND ch.origin_exact = 1)";
        // Re-fed changes (Refeed) are served only to a cursor that has passed the original: one
        // behind it gets the original itself (visible now that the case is the officer's). A re-fed
        // case (the officer's court changed, OfficerCourt) is its own case.
        List<Change> rows = Sql.list(c, "SELECT ch.sequence, ch.entity, ch.entity_id, ch.op, ch.version, ch.payload,"
                + " ch.payload_sha256 FROM changes ch WHERE ch.sequence > ? AND ch.sequence <= ? AND " + notItsOwn
                + " AND ((ch.entity = 'case' AND ch.officer_ids LIKE ? AND (? IS NULL OR ch.court_code = ?))"
                + "   OR (ch.entity = 'officer' AND ch.entity_id = ?)"
                + "   OR (ch.entity = 'record' AND " + visibleCase + "))"
                + " UNION ALL SELECT rf.sequence, ch.entity, ch.entity_id, ch.op, ch.version, ch.payload,"
                + " ch.payload_sha256 FROM refeed rf JOIN changes ch ON ch.sequence = rf.original_sequence"
                + " WHERE rf.sequence > ? AND rf.sequence <= ? AND rf.officer_id = ? AND rf.original_sequence <= ?"
                + " AND " + notItsOwn + " AND " + visibleCase.replace("ch.case_id", "COALESCE(ch.case_id, ch.entity_id)")
                // notices that the officer was taken off a case (Unassignments): always his to see
                + " UNION ALL SELECT u.sequence, 'case', u.case_id, '" + Change.UNASSIGN + "', 0, NULL, NULL"
                + " FROM unassigned u WHERE u.sequence > ? AND u.sequence <= ? AND u.officer_id = ?"
                + " ORDER BY 1 LIMIT ?",
                r -> new Change(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
                        r.getString(6), r.getString(7)),
                after, upTo, device.id(), officer, court, court, device.officerId(), officer, court, court,
                after, upTo, device.officerId(), after, device.id(), officer, court, court,
                after, upTo, device.officerId(), limit + 1);
        if (rows.size() > limit) {
            List<Change> page = rows.subList(0, limit);
            return new PullResponse(page, page.get(limit - 1).sequence(), true);
        }
        return new PullResponse(rows, Math.max(after, upTo), false);
    }
}
