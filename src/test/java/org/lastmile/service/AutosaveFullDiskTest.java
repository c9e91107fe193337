package org.lastmile.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Place;
import org.lastmile.domain.record.RecordType;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.rules.RecordChecker;
import org.lastmile.domain.record.rules.RuleTable;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;
import org.lastmile.sync.SmallDisk;

/**
 * The laptop's disk fills while an officer types a record: the data folder is a real 24 MiB tmpfs,
 * filled by a file of ours. The save fails in one sentence ("the disk is full"), the edit stays on
 * the screen's side, and once the filler is deleted the same autosave stores it by itself — no key,
 * no lost words. Before, the failed edit was dropped: "free some space and try again" with Ctrl+S
 * saved nothing. Skipped where mounting a tmpfs is not allowed (SmallDisk says so).
 */
class AutosaveFullDiskTest {

    private static final long BOUND_SECONDS = 180;

    @TempDir
    Path temp;

    @Test
    void anEditRefusedByAFullDiskIsSavedByItselfOnceTheDiskHasRoom() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        ScheduledThreadPoolExecutor storeThread = new ScheduledThreadPoolExecutor(1);
        try (SmallDisk disk = SmallDisk.mount(data, 24L << 20);
                Store store = TestStores.open(data, true)) {
            RecordService records = RecordService.of(store, new RecordChecker(RuleTable.defaults(), TestStores.ZONE));
            SiteRecord draft = SiteRecord.start(DemoCases.farmland(store).id(), RecordType.LAND_HANDOVER,
                    SpokenLanguage.CHINESE, TestStores.CLOCK.instant(), Place.named("刚察县沙柳河镇"));
            records.saveDraft(draft, "officer-1");

            // More than the write-ahead log already holds, so the save needs new room on the disk.
            long wal = Files.size(data.resolve("lastmile.db-wal"));
            String words = "果洛藏贡麻村".repeat((int) Math.max(40_000, wal / 6));
            SiteRecord typed = draft.edit().place(Place.named(words)).build();
            Path filler = disk.fillLeaving(0);

            BlockingQueue<Autosave.Result<SiteRecord>> results = new LinkedBlockingQueue<>();
            Autosave<SiteRecord> autosave = new Autosave<>(storeThread, Duration.ofMillis(10),
                    r -> records.saveDraft(r, "officer-1").version(), results::add);
            autosave.submit(typed);

            Autosave.Result<SiteRecord> refused = results.poll(BOUND_SECONDS, TimeUnit.SECONDS);
            assertThat(refused).isInstanceOfSatisfying(Autosave.Failed.class,
                    f -> assertThat(f.problem().messageKey()).isEqualTo("store.fault.diskfull"));
            assertThat(store.records().find(draft.id()).orElseThrow().record().place().name())
                    .as("nothing half-written").isEqualTo("刚察县沙柳河镇");

            Files.delete(filler);
            Autosave.Result<SiteRecord> saved = results.poll(BOUND_SECONDS, TimeUnit.SECONDS);
            assertThat(saved).as("saved by itself once the disk had room").isInstanceOf(Autosave.Saved.class);
            assertThat(store.records().find(draft.id()).orElseThrow().record().place().name()).isEqualTo(words);
        } finally {
            storeThread.shutdownNow();
        }
    }
}
