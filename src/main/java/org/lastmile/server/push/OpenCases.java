package org.lastmile.server.push;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.lastmile.server.store.Device;
import org.lastmile.server.store.Entities;
import org.lastmile.server.store.EntityRow;

/**
 * Whether a case is open to the pushing officer, remembered for one push batch (one transaction):
 * a batch of records of one case read the case row, payload and all, once per record before
 * (docs/performance.md). Only an operation on a case changes the answer (its row, its officers,
 * the changes that make it "touched" by the officer), so any such operation forgets everything.
 * Nothing else writes while the batch's transaction holds the court's write lock.
 */
final class OpenCases {

    private final Map<String, Boolean> open = new HashMap<>();

    boolean openTo(Connection c, String caseId, Device device) throws SQLException {
        Boolean known = open.get(caseId);
        if (known != null) {
            return known;
        }
        Optional<EntityRow> theCase = Entities.find(c, "case", caseId);
        boolean answer = theCase.isPresent() && Entities.caseOpenTo(c, theCase.get(), device);
        open.put(caseId, answer);
        return answer;
    }

    /** Before an operation on a case: what was remembered may no longer hold. */
    void forget() {
        open.clear();
    }
}
