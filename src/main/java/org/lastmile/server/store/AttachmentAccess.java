package org.lastmile.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.lastmile.sync.protocol.AttachmentNames;

/**
 * Whether a device may download a file: its officer must see, by the pull's own rules
 * ({@link Feed}: the case assigned to the officer, and of the officer's court when the office named
 * one), a live record that names the file ({@link AttachmentNames}). A file only another court's
 * record names is, to this device, a file the court does not have.
 *
 * <p>The records are found by their text ({@code LIKE '%SHA%'} over the cases the officer sees), then
 * read as JSON, so a hash that merely appears in some text field does not open the file. No table of
 * references is kept (it would need a server migration and a backfill); the scan is over one
 * officer's records, which a download's bytes outweigh.
 */
public final class AttachmentAccess {

    private AttachmentAccess() {
    }

    public static boolean visible(Connection c, Device device, String sha256) throws SQLException {
        if (!AttachmentNames.isSha256(sha256)) {
            return false;
        }
        String court = device.courtCode();
        List<String> payloads = Sql.list(c, "SELECT r.payload FROM entities r JOIN entities k"
                + " ON k.entity = 'case' AND k.entity_id = r.case_id"
                + " WHERE r.entity = 'record' AND r.deleted = 0 AND k.deleted = 0 AND r.payload LIKE ?"
                + " AND k.officer_ids LIKE ? AND (? IS NULL OR k.court_code = ?)",
                r -> r.getString(1), "%" + sha256 + "%", "%," + device.officerId() + ",%", court, court);
        for (String payload : payloads) {
            if (AttachmentNames.named(payload).contains(sha256)) {
                return true;
            }
        }
        return false;
    }
}
