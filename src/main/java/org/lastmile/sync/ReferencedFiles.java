package org.lastmile.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lastmile.store.Tx;

/**
 * The files a record's JSON names (its attachments, the pad images of its signatures, its sketch)
 * that this device holds in its attachment table: what the court must have before the record is
 * complete ("awaiting media" until then).
 */
final class ReferencedFiles {

    private ReferencedFiles() {
    }

    static List<String> held(Tx tx, String entity, String payload) throws SQLException {
        if (!"record".equals(entity)) {
            return List.of();
        }
        Set<String> named = named(payload);
        List<String> held = new ArrayList<>();
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT 1 FROM attachments WHERE sha256 = ?")) {
            for (String sha : named) {
                s.setString(1, sha);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        held.add(sha);
                    }
                }
            }
        }
        return held;
    }

    static Set<String> named(String payload) {
        return org.lastmile.sync.protocol.AttachmentNames.named(payload);
    }
}
