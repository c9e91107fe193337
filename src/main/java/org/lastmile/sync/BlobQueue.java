package org.lastmile.sync;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.lastmile.store.Database;
import org.lastmile.store.Tx;
import org.lastmile.store.blobs.BlobStore;

/**
 * Attachments to upload (one row per SHA-256, made by a trigger when an attachment is stored).
 * The upload offset is stored after each chunk the court acknowledged, so that an interrupted
 * upload re-sends at most the chunk in flight; a file is {@code verified} only when the court says
 * the whole file hashes to its name.
 */
public final class BlobQueue {

    /**
     * An attachment to upload.
     *
     * @param sha256 its name
     * @param size its length in bytes
     * @param offset how many bytes the court holds, as last stored
     * @param file where its bytes are on this device
     */
    public record Blob(String sha256, long size, long offset, Path file) {
    }

    private final Database database;
    private final BlobStore blobs;

    public BlobQueue(Database database, BlobStore blobs) {
        this.database = database;
        this.blobs = blobs;
    }

    /** The blob store the files are read from (and downloads are taken into). */
    public BlobStore store() {
        return blobs;
    }

    /** Every attachment not yet verified by the court (and not waiting for a person). */
    public List<Blob> unverified() {
        return database.read(tx -> {
            List<Blob> list = new ArrayList<>();
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT b.sha256, b.size, b.upload_offset, a.by_reference, a.location FROM sync_blobs b"
                            + " LEFT JOIN attachments a ON a.sha256 = b.sha256"
                            + " WHERE b.state IN ('pending', 'uploading') ORDER BY b.sha256");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Path file = r.getInt(4) == 1 && r.getString(5) != null ? Path.of(r.getString(5))
                            : blobs.path(r.getString(1));
                    list.add(new Blob(r.getString(1), r.getLong(2), r.getLong(3), file));
                }
            }
            return list;
        });
    }

    /** Stores how many bytes of a file the court holds (a checkpoint after each chunk). */
    public void offset(String sha256, long offset) {
        update("UPDATE sync_blobs SET state = 'uploading', upload_offset = ?, updated_at = ? WHERE sha256 = ?"
                + " AND state IN ('pending', 'uploading')", offset, sha256);
    }

    /** The court verified the whole file: it hashes to its name. */
    public void verified(String sha256) {
        verified(List.of(sha256));
    }

    /** The court verified each of these files (one transaction, one fsync, for all of them). */
    public void verified(List<String> sha256s) {
        database.transaction(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "UPDATE sync_blobs SET state = 'verified', upload_offset = size, updated_at = ?,"
                            + " verified_session = (SELECT session FROM sync_state WHERE id = 1) WHERE sha256 = ?"
                            + " AND state <> 'verified'")) {
                for (String sha256 : sha256s) {
                    s.setString(1, tx.now().toString());
                    s.setString(2, sha256);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /**
     * This device could not read the file, for a reason that may pass: it stays to be sent, the try
     * counted and the note kept.
     *
     * @return the syncs in which it could not be read, this one included
     */
    public int unreadableAgain(String sha256, String note) {
        return database.transaction(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "UPDATE sync_blobs SET attempts = attempts + 1, result_detail = ?, updated_at = ? WHERE sha256 = ?"
                            + " AND state IN ('pending', 'uploading')")) {
                s.setString(1, note);
                s.setString(2, tx.now().toString());
                s.setString(3, sha256);
                s.executeUpdate();
            }
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT attempts FROM sync_blobs WHERE sha256 = ?")) {
                s.setString(1, sha256);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getInt(1) : 0;
                }
            }
        });
    }

    /** The court refused the file or this device cannot read it: a person must look. */
    public void needsPerson(String sha256, String detail) {
        database.transaction(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "UPDATE sync_blobs SET state = 'needs_person', result_detail = ?, attempts = attempts + 1,"
                            + " updated_at = ? WHERE sha256 = ?")) {
                s.setString(1, detail);
                s.setString(2, tx.now().toString());
                s.setString(3, sha256);
                s.executeUpdate();
            }
            return null;
        });
    }

    private void update(String sql, long value, String sha256) {
        database.transaction(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
                s.setLong(1, value);
                s.setString(2, tx.now().toString());
                s.setString(3, sha256);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** How many attachments are not verified yet (including those waiting for a person). */
    public long unverifiedCount() {
        return database.read(tx -> count(tx, "state <> 'verified'"));
    }

    public long needingPerson() {
        return database.read(tx -> count(tx, "state = 'needs_person'"));
    }

    private static long count(Tx tx, String where) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT count(*) FROM sync_blobs WHERE " + where);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
