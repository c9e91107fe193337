package org.lastmile.app.cli;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.lastmile.store.open.Store;

/** What the laptop noted for each file it gave up on (for a failing sync test's message). */
final class WaitingFiles {

    private WaitingFiles() {
    }

    /** Each file waiting for a person: {@code SHA-256: the laptop's reason} ("refused 400: …", "unreadable: …"). */
    static List<String> of(Store store) {
        return store.database().read(tx -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT sha256 || ': ' || coalesce(result_detail, '') FROM sync_blobs WHERE state = 'needs_person'");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
    }
}
