package org.lastmile.store;

import org.lastmile.store.open.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.record.SiteRecord;

/**
 * Kills a real process while it types and autosaves a record: every state it reported as saved
 * must be in the file afterwards, and the file must be sound.
 */
class NothingLostTest {

    @TempDir
    Path dir;

    @RepeatedTest(3)
    void aKilledProcessLosesNothingItReportedAsSaved() throws Exception {
        UUID recordId = UUID.randomUUID();
        String saved = KilledProcess.lastSavedBeforeKill(
                KilledProcess.java(TypingProcess.class, dir.toString(), recordId.toString()), 5 + new Random().nextInt(20));
        int lastSaved = saved == null ? 0 : Integer.parseInt(saved);
        assertThat(lastSaved).as("the typist saved something before it was killed").isPositive();

        try (Store store = TestStores.open(dir, true)) {
            SiteRecord record = store.records().find(recordId).orElseThrow().record();
            assertThat(record.transcript().size()).isGreaterThanOrEqualTo(lastSaved);
            assertThat(store.audit().verify().intact()).isTrue();
            assertThat(KilledProcess.integrity(store)).isEqualTo("ok");
        }
    }
}
