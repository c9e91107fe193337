package org.lastmile.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Re-feed on assignment (分案后补发): when a case gains an officer, the records the case already
 * holds go to that officer's devices again. The feed is filtered by what the officer may see when
 * a laptop asks; a laptop whose cursor passed those records while the case was not its officer's
 * would otherwise never receive them. Each current record of the case gets a {@code refeed} row
 * for the officer at a fresh sequence, in the transaction of the assignment: written exactly once,
 * kept across restarts, served by {@link Feed} like any change after the case's own.
 */
public final class Refeed {

    /** A record as held now: its id and the sequence of its current version's change. */
    private record Held(String id, long sequence) {
    }

    private Refeed() {
    }

    /**
     * Writes the re-feed rows of a case for officers it just gained. Call after the case's own
     * change, in its transaction: each row takes the next sequence, so the case comes down first.
     */
    static void assigned(Connection c, String caseId, List<String> gained) throws SQLException {
        if (gained.isEmpty()) {
            return;
        }
        List<Held> records = Sql.list(c, "SELECT entity_id, sequence FROM entities WHERE entity = 'record'"
                + " AND case_id = ? AND deleted = 0 ORDER BY sequence", r -> new Held(r.getString(1), r.getLong(2)),
                caseId);
        for (String officer : gained) {
            for (Held record : records) {
                Sql.update(c, "INSERT INTO refeed (sequence, officer_id, entity, entity_id, original_sequence)"
                        + " VALUES (?, ?, 'record', ?, ?)", Sequencer.next(c), officer, record.id(), record.sequence());
            }
        }
    }

    /**
     * Feeds the case itself and its records again to an officer it came back into sight of (his
     * court changed to the case's: {@code OfficerCourts}): the case first, then each record.
     */
    public static void inSightAgain(Connection c, String caseId, String officer) throws SQLException {
        Sql.update(c, "INSERT INTO refeed (sequence, officer_id, entity, entity_id, original_sequence)"
                + " SELECT ?, ?, 'case', entity_id, sequence FROM entities WHERE entity = 'case' AND entity_id = ?",
                Sequencer.next(c), officer, caseId);
        assigned(c, caseId, List.of(officer));
    }
}
