package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.common.LocalizedException;
import org.lastmile.common.MessageKeyed;
import org.lastmile.store.open.Store;
import org.lastmile.store.TestStores;
import org.lastmile.store.backup.Backups;

/** Issue 18: the daily check in the background; damage stops further writes. */
class StoreMaintenanceTest {

    @TempDir
    Path dir;

    @Test
    void theDailyBackupChecksThePagesAndDamageStopsWrites() throws Exception {
        List<MessageKeyed> notices = new ArrayList<>();
        List<Throwable> damage = new ArrayList<>();
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try (Store store = TestStores.open(dir, true)) {
            Backups backups = new Backups(dir, TestStores.CLOCK);
            StoreMaintenance maintenance = new StoreMaintenance(store, backups, executor, notices::add, damage::add);
            maintenance.dailyIfDue();
            assertThat(backups.list()).hasSize(1);
            assertThat(notices).extracting(MessageKeyed::messageKey).containsExactly("ui.store.backedUp");
            maintenance.dailyIfDue();
            assertThat(backups.list()).as("at most daily").hasSize(1);

            // A page goes bad under the open store (a disk fault).
            Path file = dir.resolve("lastmile.db");
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                    var s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)"); // every page in the main file
            }
            byte[] bytes = Files.readAllBytes(file);
            for (int i = bytes.length - 3 * 4096; i < bytes.length; i++) {
                bytes[i] = (byte) (i * 31);
            }
            Files.write(file, bytes);
            new StoreMaintenance(store, new Backups(dir, java.time.Clock.offset(TestStores.CLOCK,
                    java.time.Duration.ofDays(2))), executor, notices::add, damage::add).dailyIfDue();

            assertThat(damage).singleElement().isInstanceOfSatisfying(LocalizedException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("store.error.corrupt"));
            assertThat(backups.list()).as("a damaged file pushes no snapshot out").hasSize(1);
            assertThat(store.database().damaged()).isTrue();
            assertThatThrownBy(() -> store.settings().put("ui.language", "bo", "test"))
                    .isInstanceOfSatisfying(LocalizedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("store.error.corrupt"));
        } finally {
            executor.shutdownNow();
        }
    }
}
