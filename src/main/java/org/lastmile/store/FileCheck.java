package org.lastmile.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** Refuses a file that is not a healthy SQLite database, before anything writes to it. */
final class FileCheck {

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;

    FileCheck(Path file) {
        this.file = file;
    }

    /** Passes for a missing or empty file (a fresh start) and for a sound database. */
    void requireSqliteOrAbsent() {
        if (requireHeaderOrAbsent()) {
            requirePagesIntact();
        }
    }

    /**
     * Passes for a missing or empty file and for a file that starts like an SQLite database; reads
     * only the first bytes.
     *
     * @return whether there is a database file to check further
     */
    boolean requireHeaderOrAbsent() {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return false;
            }
            byte[] head = new byte[HEADER.length];
            try (InputStream in = Files.newInputStream(file)) {
                if (in.readNBytes(head, 0, head.length) != head.length || !Arrays.equals(head, HEADER)) {
                    throw new StoreException("store.error.notADatabase", file);
                }
            }
        } catch (IOException e) {
            throw new StoreException(e, "store.error.open", file);
        }
        return true;
    }

    /** Runs SQLite's {@code quick_check} over every page, read-only; time grows with the file. */
    void requirePagesIntact() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            String verdict = r.next() ? r.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw new StoreException("store.error.corrupt", file, verdict);
            }
        } catch (SQLException e) {
            throw new StoreException(e, "store.error.corrupt", file, e.getMessage());
        }
    }
}
