package org.lastmile.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.lastmile.sync.protocol.UploadState;
import org.lastmile.sync.protocol.UploadStatus;

/** Upload progress of attachments by SHA-256. */
public final class AttachmentRows {

    private AttachmentRows() {
    }

    public static Optional<UploadStatus> find(Connection c, String sha256) throws SQLException {
        return Sql.one(c, "SELECT length, received, state FROM attachments WHERE sha256 = ?",
                r -> new UploadStatus(sha256, r.getLong(1), r.getLong(2),
                        UploadState.valueOf(r.getString(3).toUpperCase(java.util.Locale.ROOT))), sha256);
    }

    public static UploadStatus status(Connection c, String sha256) throws SQLException {
        return find(c, sha256).orElse(new UploadStatus(sha256, -1, 0, UploadState.ABSENT));
    }

    public static void put(Connection c, UploadStatus s, Instant now) throws SQLException {
        String state = s.state().name().toLowerCase(java.util.Locale.ROOT);
        if (Sql.update(c, "UPDATE attachments SET length = ?, received = ?, state = ?, updated_at = ? WHERE sha256 = ?",
                s.length(), s.offset(), state, now, s.sha256()) == 0) {
            Sql.update(c, "INSERT INTO attachments (sha256, length, received, state, updated_at) VALUES (?, ?, ?, ?, ?)",
                    s.sha256(), s.length(), s.offset(), state, now);
        }
    }

    public static void remove(Connection c, String sha256) throws SQLException {
        Sql.update(c, "DELETE FROM attachments WHERE sha256 = ?", sha256);
    }

    public static boolean verified(Connection c, String sha256) throws SQLException {
        return Sql.one(c, "SELECT 1 FROM attachments WHERE sha256 = ? AND state = 'verified'", r -> true, sha256)
                .isPresent();
    }
}
