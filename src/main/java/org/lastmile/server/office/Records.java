package org.lastmile.server.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lastmile.server.store.Entities;
import org.lastmile.server.store.EntityRow;
import org.lastmile.server.store.ServerDb;

/** The records the court holds, for {@code server records list}. */
public final class Records {

    private final ServerDb db;

    public Records(ServerDb db) {
        this.db = db;
    }

    public List<RecordSummary> list() {
        return db.transaction(c -> {
            List<RecordSummary> out = new ArrayList<>();
            for (EntityRow r : Entities.all(c, "record")) {
                Optional<EntityRow> theCase = Entities.find(c, "case", r.scope().caseId());
                String state = r.deleted() ? "deleted" : r.sealed() ? "sealed" : "draft";
                out.add(new RecordSummary(r.entityId(), theCase.map(k -> k.scope().caseNumber()).orElse(null), state,
                        r.sealed() ? r.payloadSha256() : null));
            }
            return out;
        });
    }
}
