package org.lastmile.store.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.lastmile.store.Database;

/** A data directory as LastMile left it at V5 (before the case list's table), with another's data. */
public final class V5Files {

    private V5Files() {
    }

    /** Makes {@code old} a V5 file holding the officers, cases, audit and settings of {@code current}. */
    public static Path copy(Path current, Path old) throws Exception {
        Files.createDirectories(old);
        Path file = old.resolve(Database.FILE_NAME);
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration")
                .target("5").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("ATTACH '" + current.resolve(Database.FILE_NAME) + "' AS a");
            for (String table : List.of("officers", "cases", "audit_events")) {
                s.execute("INSERT INTO main." + table + " SELECT * FROM a." + table);
            }
            s.execute("INSERT OR REPLACE INTO main.settings SELECT * FROM a.settings");
        }
        return file;
    }

    /** A count read straight from the file with SQL, beside the store's code. */
    public static long count(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            return s.executeQuery(sql).getLong(1);
        }
    }
}
