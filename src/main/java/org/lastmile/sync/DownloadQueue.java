package org.lastmile.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.lastmile.store.Database;
import org.lastmile.store.Tx;

/**
 * Files that pulled records name and this laptop lacks (migration V10, {@code sync_downloads}): a
 * row is made in the pull's own transaction, so a record never arrives without its files being
 * wanted; the bytes received are checkpointed as they come, so that progress survives a restart.
 */
final class DownloadQueue {

    /** A file to fetch: its name, its length ({@code -1} until known), how often it failed its hash. */
    record Want(String sha256, long size, int failures) {
    }

    /** Whole-file hash failures before a file waits for a person instead of being fetched again. */
    static final int MAX_FAILURES = 3;

    private final Database database;

    DownloadQueue(Database database) {
        this.database = database;
    }

    /**
     * Wants every file a pulled record names that this laptop did not register itself (inside the
     * page's transaction). The sizes come from the record's attachments where it gives them.
     */
    static void wantFilesOf(Tx tx, String payload) throws SQLException {
        java.util.Map<String, Long> sizes = new java.util.HashMap<>();
        try {
            com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(payload);
            root.path("attachments").forEach(a -> {
                if (a.path("size").canConvertToLong()) {
                    sizes.put(a.path("sha256").asText(), a.path("size").asLong());
                }
            });
        } catch (java.io.IOException notJson) {
            return;
        }
        try (PreparedStatement s = tx.connection().prepareStatement(
                "INSERT INTO sync_downloads (sha256, size, updated_at) SELECT ?, ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM attachments WHERE sha256 = ?)"
                        + " ON CONFLICT (sha256) DO NOTHING")) {
            for (String sha : ReferencedFiles.named(payload)) {
                s.setString(1, sha);
                s.setLong(2, sizes.getOrDefault(sha, -1L));
                s.setString(3, tx.now().toString());
                s.setString(4, sha);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The next files to fetch, at most {@code limit}, after {@code after} in name order. */
    List<Want> pending(String after, int limit) {
        return database.read(tx -> {
            List<Want> list = new ArrayList<>();
            try (PreparedStatement s = tx.connection().prepareStatement("SELECT sha256, size, failures"
                    + " FROM sync_downloads WHERE state = 'pending' AND sha256 > ? ORDER BY sha256 LIMIT ?")) {
                s.setString(1, after);
                s.setInt(2, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        list.add(new Want(r.getString(1), r.getLong(2), r.getInt(3)));
                    }
                }
            }
            return list;
        });
    }

    /** A checkpoint: the partial file holds {@code received} bytes of {@code size}. */
    void received(String sha256, long received, long size) {
        database.transaction(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement("UPDATE sync_downloads SET received = ?,"
                    + " size = CASE WHEN ? >= 0 THEN ? ELSE size END, updated_at = ? WHERE sha256 = ?")) {
                s.setLong(1, received);
                s.setLong(2, size);
                s.setLong(3, size);
                s.setString(4, tx.now().toString());
                s.setString(5, sha256);
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The file is in the blob store under its name.
     *
     * @param fetched whether it came down in this session (counted in its progress), not found here already
     */
    void verified(String sha256, long size, boolean fetched) {
        database.transaction(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement("UPDATE sync_downloads SET state = 'verified',"
                    + " size = ?, received = ?, result_detail = NULL, updated_at = ?, verified_session = CASE WHEN ?"
                    + " THEN (SELECT session FROM sync_state WHERE id = 1) END WHERE sha256 = ?")) {
                s.setLong(1, size);
                s.setLong(2, size);
                s.setString(3, tx.now().toString());
                s.setBoolean(4, fetched);
                s.setString(5, sha256);
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The whole file did not hash to its name: its bytes were discarded. Fetched again until
     * {@link #MAX_FAILURES}, then it waits for a person.
     *
     * @return whether it is to be fetched again
     */
    boolean failedHash(String sha256, String detail) {
        return database.transaction(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement("UPDATE sync_downloads SET received = 0,"
                    + " failures = failures + 1, result_detail = ?, updated_at = ?, state = CASE WHEN failures + 1 >= ?"
                    + " THEN 'needs_person' ELSE state END WHERE sha256 = ?")) {
                s.setString(1, detail);
                s.setString(2, tx.now().toString());
                s.setInt(3, MAX_FAILURES);
                s.setString(4, sha256);
                s.executeUpdate();
            }
            try (PreparedStatement s = tx.connection().prepareStatement(
                    "SELECT state FROM sync_downloads WHERE sha256 = ?")) {
                s.setString(1, sha256);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() && "pending".equals(r.getString(1));
                }
            }
        });
    }

    /** The court refuses the file for good (a request it calls bad): a person must look. */
    void needsPerson(String sha256, String detail) {
        note(sha256, "needs_person", detail);
    }

    /** Not to be had now (the court does not hold it verified yet): stays pending, the next sync asks again. */
    void notYet(String sha256, String detail) {
        note(sha256, "pending", detail);
    }

    private void note(String sha256, String state, String detail) {
        database.transaction(tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement("UPDATE sync_downloads SET state = ?,"
                    + " result_detail = ?, updated_at = ? WHERE sha256 = ?")) {
                s.setString(1, state);
                s.setString(2, detail);
                s.setString(3, tx.now().toString());
                s.setString(4, sha256);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Files not here yet, including those waiting for a person. */
    long notHere() {
        return database.read(tx -> count(tx, "state <> 'verified'"));
    }

    long needingPerson() {
        return database.read(tx -> count(tx, "state = 'needs_person'"));
    }

    private static long count(Tx tx, String where) throws SQLException {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT count(*) FROM sync_downloads WHERE " + where); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
