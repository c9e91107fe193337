package org.lastmile.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djava.awt.headless=true", RecordTypingWindow.class.getName(), dir.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String lastSaved = null;
        UUID record = null;
        int savesBeforeKill = 2 + new Random().nextInt(3);
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int saves = 0;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    String[] parts = line.split(" ", 3);
                    record = UUID.fromString(parts[1]);
                    lastSaved = parts.length > 2 ? parts[2] : "";
                    if (++saves == savesBeforeKill) {
                        process.destroyForcibly(); // SIGKILL: nothing is flushed on the way out
                        break;
                    }
                }
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(lastSaved).as("the screen said saved before the kill").isNotEmpty();

        try (Store store = TestStores.open(dir, true)) {
            String name = store.records().find(record).orElseThrow().record().place().name();
            assertThat(name).startsWith(lastSaved);
            assertThat(store.audit().verify().intact()).isTrue();
        }
    }
}
