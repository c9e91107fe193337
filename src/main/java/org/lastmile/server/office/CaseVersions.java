package org.lastmile.server.office;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.server.store.Entities;
import org.lastmile.server.store.EntityRow;
import org.lastmile.server.store.Scope;
import org.lastmile.store.Hashes;
import org.lastmile.store.json.CaseCodec;

/** The office's writes of a case: its next version and change row, with the case's court and officers as scope. */
final class CaseVersions {

    private CaseVersions() {
    }

    /**
     * Writes the case as its next version (the first when {@code existing} is empty).
     *
     * @param sequence from {@code Sequencer.next}, taken first in this transaction
     * @return false when the court holds exactly this content already (nothing written)
     */
    static boolean write(Connection c, long sequence, CaseCodec codec, Optional<EntityRow> existing,
            EnforcementCase result, Clock clock) throws SQLException {
        String payload = codec.write(result);
        if (existing.isPresent() && payload.equals(existing.get().payload())) {
            return false;
        }
        long version = existing.map(e -> e.version() + 1).orElse(1L);
        Scope scope = new Scope(result.number().court().code(), null, result.number().toString(),
                result.officerIds().stream().map(UUID::toString).toList());
        Entities.write(c, sequence, new EntityRow("case", result.id().toString(), version, payload,
                Hashes.sha256(payload), false, false, scope), "upsert", null, false, clock.instant());
        return true;
    }
}
