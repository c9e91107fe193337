package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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

    private static final UUID FARMLAND = UUID.fromString("787b23ee-c3d4-52bc-aefd-803c7d5b17f4");

    @TempDir
    Path work;

    @Test
    void whatTheRecordScreenShowedAsSavedSurvivesAKill() throws Exception {
        Path dir = work.resolve("data");
        Path childErrors = work.resolve("child-stderr.txt");
        // each line says "saved RECORD-ID TEXT": the record and the place name the screen showed as saved
        String saved = KilledProcess.lastSavedBeforeKill(
                KilledProcess.java(RecordTypingWindow.class, dir.toString()), 2 + new Random().nextInt(3),
                childErrors);
        assertThat(saved).as("the screen said saved before the kill").isNotNull();
        String[] parts = saved.split(" ", 2);
        UUID record = UUID.fromString(parts[0]);
        String lastSaved = parts.length > 1 ? parts[1] : "";
        assertThat(lastSaved).as("the screen said saved before the kill").isNotEmpty();

        try (Store store = TestStores.open(dir, true)) {
            // on failure: what the file holds of the case, and what the window process said on stderr
            var held = store.records().find(record);
            assertThat(held).as("record %s in the file; the case's records there: %s; the window's stderr:%n%s",
                    record, store.records().byCase(FARMLAND).stream().map(r -> r.record().id() + " v" + r.version())
                            .toList(), Files.readString(childErrors)).isPresent();
            String name = held.get().record().place().name();
            assertThat(name).startsWith(lastSaved);
            assertThat(store.audit().verify().intact()).isTrue();
        }
    }
}
