package org.lastmile.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.stream.Stream;
import org.lastmile.server.store.ServerDb;

/**
 * Everything a refused request must leave as it was: every row of the server's data tables and
 * every file under blobs/ and uploads/ (receipts are re-issued on every push and not included).
 */
final class ServerState {

    private static final String[] TABLES = {"entities", "changes", "ops", "device_chain", "conflicts", "quarantine",
        "attachments", "devices", "enrol_codes", "seq_counter"};

    private ServerState() {
    }

    static String of(ServerDb db, Path dataDir) throws IOException {
        StringBuilder b = new StringBuilder();
        String rowsText = db.transaction(c -> {
            StringBuilder rows = new StringBuilder();
            for (String table : TABLES) {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    ResultSetMetaData m = r.getMetaData();
                    while (r.next()) {
                        rows.append(table).append(':');
                        for (int i = 1; i <= m.getColumnCount(); i++) {
                            rows.append(r.getString(i)).append('|');
                        }
                        rows.append('\n');
                    }
                }
            }
            return rows.toString();
        });
        b.append(rowsText);
        for (String dir : new String[] {"blobs", "uploads"}) {
            Path d = dataDir.resolve(dir);
            if (Files.isDirectory(d)) {
                try (Stream<Path> files = Files.list(d)) {
                    for (Path f : files.sorted().toList()) {
                        b.append(f.getFileName()).append(' ').append(Files.size(f)).append('\n');
                    }
                }
            }
        }
        return b.toString();
    }
}
