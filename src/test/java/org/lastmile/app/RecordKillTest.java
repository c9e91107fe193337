package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.store.KilledProcess;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;

/**
 * Issue 10, finding 1, with a real process: the record window types a place name and is killed
 * with SIGKILL after the header said 已保存 a few times; what the screen last showed as saved is
 * in the file (typing only appends, so the stored name starts with it).
 */
class RecordKillTest {

    @TempDir
    Path dir;

    @Test
    void whatTheRecordScreenShowedAsSavedSurvivesAKill() throws Exception {
        // each line says "saved RECORD-ID TEXT": the record and the place name the screen showed as saved
        String saved = KilledProcess.lastSavedBeforeKill(
                KilledProcess.java(RecordTypingWindow.class, dir.toString()), 2 + new Random().nextInt(3));
        assertThat(saved).as("the screen said saved before the kill").isNotNull();
        String[] parts = saved.split(" ", 2);
        UUID record = UUID.fromString(parts[0]);
        String lastSaved = parts.length > 1 ? parts[1] : "";
        assertThat(lastSaved).as("the screen said saved before the kill").isNotEmpty();

        try (Store store = TestStores.open(dir, true)) {
            String name = store.records().find(record).orElseThrow().record().place().name();
            assertThat(name).startsWith(lastSaved);
            assertThat(store.audit().verify().intact()).isTrue();
        }
    }
}
