package org.lastmile.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * Brings the schema up to date with Flyway ({@code resources/db/migration}). A file written by a
 * newer LastMile is refused untouched; an existing file is copied to {@code backups/} before any
 * migration changes it.
 */
final class Migrator {

    /** The default location of the migrations. */
    static final String SHIPPED_LOCATION = "classpath:db/migration";

    /**
     * The migrations in {@code resources/db/migration}, version to script, as Flyway records them
     * in {@code flyway_schema_history}. {@code MigratorTest} keeps this in step with the folder.
     */
    static final Map<String, String> SHIPPED = Map.ofEntries(
            Map.entry("1", "V1__case_file.sql"),
            Map.entry("2", "V2__site_records.sql"),
            Map.entry("3", "V3__chain_heads.sql"),
            Map.entry("4", "V4__sync.sql"),
            Map.entry("5", "V5__sketch.sql"),
            Map.entry("7", "V7__case_list.sql"),
            Map.entry("8", "V8__sync_deferred.sql"),
            Map.entry("9", "V9__case_list_orders.sql"),
            Map.entry("10", "V10__sync_downloads.sql"),
            Map.entry("11", "V11__handed_over.sql"),
            Map.entry("12", "V12__entry_lines.sql"));

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Path backups;
    private final Clock clock;
    private final String[] locations;

    Migrator(Path file, Path backups, Clock clock, String... locations) {
        this.file = file;
        this.backups = backups;
        this.clock = clock;
        this.locations = locations.length == 0 ? new String[] {SHIPPED_LOCATION} : locations.clone();
    }

    /**
     * Whether the file already holds exactly the shipped migrations, each applied successfully, so
     * that Flyway has nothing to do. Reads the history table read-only, without Flyway (whose
     * start-up and classpath scan cost a few hundred milliseconds on every launch). Anything else —
     * no file, no history, a failed, missing or newer migration, a file SQLite cannot read — is
     * "not current" and goes through {@link #migrate()}, which checks, backs up and refuses as
     * before. Only for the shipped location: other locations always go through Flyway.
     */
    boolean isCurrent() {
        if (locations.length != 1 || !SHIPPED_LOCATION.equals(locations[0])) {
            return false;
        }
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        Map<String, String> applied = new HashMap<>();
        try (Connection c = SqliteConnections.open("jdbc:sqlite:" + file, config.toProperties());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT version, script, success FROM flyway_schema_history")) {
            while (r.next()) {
                if (!r.getBoolean(3) || r.getString(1) == null) {
                    return false;
                }
                applied.put(r.getString(1), r.getString(2));
            }
        } catch (SQLException e) {
            return false;
        }
        return applied.equals(SHIPPED);
    }

    void migrate() {
        try {
            migrateWithFlyway();
        } catch (FlywayException e) {
            // A full disk, a read-only folder or a damaged file each get their own sentence.
            throw Database.fault(e, file).orElseGet(() -> new StoreException(e, "store.error.migration", file,
                    String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw Database.fault(e, file).orElseThrow(() -> e);
        }
    }

    private void migrateWithFlyway() {
        SQLiteDataSource source = new SQLiteDataSource(Database.config());
        source.setUrl("jdbc:sqlite:" + file);
        Flyway flyway = Flyway.configure()
                .dataSource(source)
                .locations(locations)
                .validateMigrationNaming(true)
                .loggers(QuietFlywayLog.class.getName())
                .load();
        MigrationInfo[] all = flyway.info().all();
        MigrationInfo future = Arrays.stream(all)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .findFirst().orElse(null);
        if (future != null) {
            throw new StoreException("store.error.newerVersion", file, future.getVersion().getVersion());
        }
        boolean applied = Arrays.stream(all).anyMatch(m -> m.getState().isApplied());
        boolean pending = flyway.info().pending().length > 0;
        if (applied && pending) {
            backup();
        }
        MigrateResult result = flyway.migrate();
        if (!result.success) {
            throw new StoreException("store.error.migration", file, String.valueOf(result.warnings));
        }
    }

    private void backup() {
        try {
            Files.createDirectories(backups);
        } catch (IOException e) {
            throw new StoreException(e, "store.error.backup", backups);
        }
        Path target = backups.resolve("lastmile-" + STAMP.format(clock.instant()) + ".db");
        // VACUUM INTO writes a consistent copy even while a WAL holds recent pages.
        try (Connection c = SqliteConnections.open("jdbc:sqlite:" + file);
                PreparedStatement s = c.prepareStatement("VACUUM INTO ?")) {
            s.setString(1, target.toString());
            s.execute();
        } catch (SQLException e) {
            throw Database.fault(e, file).filter(f -> !f.messageKey().equals("store.error.corrupt"))
                    .orElseGet(() -> new StoreException(e, "store.error.backup", target));
        }
        DataFolder.ownerOnly(target, false);
    }
}
