package org.lastmile.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Tampering as a careful attacker would do it on the laptop: the last audit events cut off, and every
 * head the laptop keeps (settings row, outbox rows, sealed records, the audit-head file) rewritten to
 * agree with the shorter chain. Only the court's signed receipt can then tell.
 */
final class ChainCut {

    private ChainCut() {
    }

    /** Cuts the last two events off the chain of the data directory {@code dir}. */
    static void cutLastEvents(Path dir) throws Exception {
        String head;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("lastmile.db"));
                Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER audit_events_no_delete");
            s.executeUpdate("DELETE FROM audit_events WHERE seq > (SELECT max(seq) - 2 FROM audit_events)");
            try (ResultSet r = s.executeQuery("SELECT seq || ' ' || hash FROM audit_events ORDER BY seq DESC LIMIT 1")) {
                r.next();
                head = r.getString(1);
            }
            s.executeUpdate("UPDATE settings SET value = '" + head + "' WHERE key = 'audit.head'");
            s.executeUpdate("UPDATE outbox SET chain_seq = NULL, chain_hash = NULL");
            s.executeUpdate("DROP TRIGGER records_sealed_no_update");
            s.executeUpdate("UPDATE records SET chain_seq = NULL, chain_hash = NULL");
        }
        Files.writeString(dir.resolve("audit-head"), head + "\n", StandardCharsets.UTF_8);
    }
}
