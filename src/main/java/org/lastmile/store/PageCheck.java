package org.lastmile.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * SQLite's {@code quick_check}, table by table so that a long check can show how far it is, on a
 * read-only connection of its own: the window keeps saving on its connection while the check
 * reads (WAL lets a reader and the writer work at once). Time grows with the file (about 5 s for
 * 100,000 cases), which is why it is not on the path of every start (see docs/performance.md).
 */
public final class PageCheck {

    /** How far the check is: {@code done} of {@code total} tables, the one just checked. */
    public record Progress(int done, int total, String table) {
    }

    private final Path file;

    public PageCheck(Path file) {
        this.file = file;
    }

    /**
     * Checks every table and index.
     *
     * @throws StoreException {@link StoreFault#DAMAGED} with the first problem SQLite names
     */
    public void run(Consumer<Progress> progress) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        String verdict;
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        Path shm = file.resolveSibling(file.getFileName() + "-shm");
        boolean walBefore = Files.exists(wal);
        boolean shmBefore = Files.exists(shm);
        try (Connection c = SqliteConnections.open("jdbc:sqlite:" + file, config.toProperties())) {
            verdict = check(c, progress);
        } catch (SQLException e) {
            // A folder that cannot be read or a file another program holds is not damage.
            StoreFault fault = StoreFault.of(e).orElse(StoreFault.DAMAGED);
            throw fault == StoreFault.DAMAGED ? new StoreException(e, "store.error.corrupt", file, "quick_check")
                    : new StoreException(e, fault.messageKey(), file);
        } finally {
            // A check leaves nothing beside the file that was not there (a damaged file stays as found).
            try {
                if (!walBefore && Files.exists(wal) && Files.size(wal) == 0) {
                    Files.delete(wal);
                }
                if (!shmBefore && !Files.exists(wal)) {
                    Files.deleteIfExists(shm);
                }
            } catch (IOException e) {
                // Only tidiness is lost.
            }
        }
        if (!"ok".equals(verdict)) {
            // SQLite's own words (page and cell numbers) are for support, not for the message.
            throw new StoreException(new IllegalStateException(verdict), "store.error.corrupt", file, "quick_check");
        }
    }

    private static String check(Connection c, Consumer<Progress> progress) throws SQLException {
        List<String> tables = new ArrayList<>(List.of("sqlite_master"));
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                        + " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rootpage")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        int done = 0;
        for (String table : tables) {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("PRAGMA quick_check(\"" + table.replace("\"", "\"\"") + "\")")) {
                String verdict = r.next() ? r.getString(1) : "no answer";
                if (!"ok".equals(verdict)) {
                    return verdict;
                }
            }
            progress.accept(new Progress(++done, tables.size(), table));
        }
        return "ok";
    }
}
