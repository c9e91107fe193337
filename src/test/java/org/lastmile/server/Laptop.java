package org.lastmile.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lastmile.store.Database;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;
import org.lastmile.store.settings.Settings;
import org.lastmile.sync.protocol.AuditEntry;
import org.lastmile.sync.protocol.ChainHeadRef;
import org.lastmile.sync.protocol.Operation;
import org.lastmile.sync.protocol.PushRequest;

/**
 * A real laptop data directory (the demo data), read the way a sync engine reads it: the outbox
 * rows become operations, the audit events the chain segment. Nothing here is made up for the
 * server: the payloads are exactly what the laptop wrote.
 */
final class Laptop {

    final Path dir;
    final List<Operation> outbox = new ArrayList<>();
    final List<AuditEntry> chain = new ArrayList<>();
    final String officerId;

    Laptop(Path dir) throws Exception {
        this.dir = dir;
        try (Store store = TestStores.open(dir, true)) {
            // seeded: closed again so the file is read as a sync engine would
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT op_id, entity, entity_id, op, base_version, payload, created_at"
                    + " FROM outbox ORDER BY seq")) {
                while (r.next()) {
                    long base = r.getLong(5);
                    Long baseVersion = r.wasNull() ? null : base;
                    String payload = r.getString(6);
                    outbox.add(new Operation(UUID.fromString(r.getString(1)), r.getString(2), r.getString(3),
                            r.getString(4), baseVersion, payload, org.lastmile.store.Hashes.sha256(payload),
                            Instant.parse(r.getString(7)), List.of()));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT seq, id, at, actor, action, entity, entity_id, payload_sha256,"
                    + " prev_hash, hash FROM audit_events ORDER BY seq")) {
                while (r.next()) {
                    chain.add(new AuditEntry(r.getLong(1), r.getString(2), Instant.parse(r.getString(3)),
                            r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                            r.getString(9), r.getString(10)));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT value FROM settings WHERE key = '" + Settings.PROFILE_OFFICER + "'")) {
                r.next();
                officerId = r.getString(1);
            }
        }
    }

    ChainHeadRef head() {
        AuditEntry last = chain.get(chain.size() - 1);
        return new ChainHeadRef(last.seq(), last.hash());
    }

    PushRequest push(UUID device, List<Operation> ops) {
        return new PushRequest(device, TestStores.CLOCK.instant(), head(), chain, ops);
    }

    Operation op(String entity, String op) {
        return outbox.stream().filter(o -> o.entity().equals(entity) && o.op().equals(op)).findFirst().orElseThrow();
    }
}
