package org.lastmile.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Edits bytes of a closed SQLite file the way a disk fault or a tamperer would. Only pages that
 * belong to the named table (its leaves and overflow pages) count: interior pages and free space
 * keep stale copies of old rows.
 */
public final class SqliteFiles {

    private SqliteFiles() {
    }

    /** Replaces the first live occurrence of {@code text} in the table's pages by {@code replacement}. */
    public static void replaceInTable(Path db, String table, String text, String replacement) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        byte[] with = replacement.getBytes(StandardCharsets.UTF_8);
        if (needle.length != with.length) {
            throw new IllegalArgumentException("a byte edit keeps the length");
        }
        Set<Long> pages = new HashSet<>();
        int pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT pageno FROM dbstat WHERE name = ? AND pagetype IN ('leaf', 'overflow')")) {
                s.setString(1, table);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        pages.add(r.getLong(1));
                    }
                }
            }
            try (ResultSet r = c.createStatement().executeQuery("PRAGMA page_size")) {
                r.next();
                pageSize = r.getInt(1);
            }
        }
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            if (pages.contains((long) (i / pageSize + 1)) && matches(bytes, i, needle)) {
                System.arraycopy(with, 0, bytes, i, with.length);
                Files.write(db, bytes);
                return;
            }
        }
        throw new AssertionError("\"" + text + "\" is not in a page of " + table);
    }

    private static boolean matches(byte[] bytes, int at, byte[] needle) {
        for (int j = 0; j < needle.length; j++) {
            if (bytes[at + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }
}
