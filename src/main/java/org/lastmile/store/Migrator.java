package org.lastmile.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.sqlite.SQLiteDataSource;

/**
 * Brings the schema up to date with Flyway ({@code resources/db/migration}). A file written by a
 * newer LastMile is refused untouched; an existing file is copied to {@code backups/} before any
 * migration changes it.
 */
final class Migrator {

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
        this.locations = locations.length == 0 ? new String[] {"classpath:db/migration"} : locations.clone();
    }

    void migrate() {
        try {
            migrateWithFlyway();
        } catch (FlywayException e) {
            throw new StoreException(e, "store.error.migration", file, e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private void migrateWithFlyway() {
        SQLiteDataSource source = new SQLiteDataSource(Database.config());
        source.setUrl("jdbc:sqlite:" + file);
        Flyway flyway = Flyway.configure()
                .dataSource(source)
                .locations(locations)
                .validateMigrationNaming(true)
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
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement s = c.prepareStatement("VACUUM INTO ?")) {
            s.setString(1, target.toString());
            s.execute();
        } catch (SQLException e) {
            throw new StoreException(e, "store.error.backup", target);
        }
    }
}
