package org.lastmile.store;

import org.lastmile.store.open.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TypingProcess.class.getName(), dir.toString(),
                recordId.toString()).redirectErrorStream(false).start();
        int lastSaved = 0;
        int savesBeforeKill = 5 + new Random().nextInt(20);
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int saves = 0;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    lastSaved = Integer.parseInt(line.substring(6));
                    if (++saves == savesBeforeKill) {
                        // SIGKILL: no shutdown hooks, no chance to flush anything.
                        process.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(lastSaved).as("the typist saved something before it was killed").isPositive();

        try (Store store = TestStores.open(dir, true)) {
            SiteRecord record = store.records().find(recordId).orElseThrow().record();
            assertThat(record.transcript().size()).isGreaterThanOrEqualTo(lastSaved);
            assertThat(store.audit().verify().intact()).isTrue();
            String integrity = store.database().read(tx -> {
                try (var s = tx.connection().createStatement(); var r = s.executeQuery("PRAGMA integrity_check")) {
                    r.next();
                    return r.getString(1);
                }
            });
            assertThat(integrity).isEqualTo("ok");
        }
    }
}
