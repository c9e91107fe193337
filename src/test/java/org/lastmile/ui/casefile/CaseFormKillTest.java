package org.lastmile.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.PartyRole;
import org.lastmile.store.TestStores;
import org.lastmile.store.open.Store;
import org.lastmile.ui.UiFixture;

/**
 * Issue 10, "a killed process loses nothing the screen showed as saved", for the case form: a real
 * process edits a party through the form's view model and is killed (SIGKILL) at a random moment;
 * the address the form last called saved must be in the file, and the file and chain sound.
 */
class CaseFormKillTest {

    @TempDir
    Path dir;

    @Test
    void whatTheCaseFormCalledSavedSurvivesAKill() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path")));
        // The child runs JavaFX headless as this JVM does (surefire's system properties).
        for (String p : List.of("glass.platform", "monocle.platform", "prism.order", "java.awt.headless",
                "prism.text", "file.encoding")) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.add(CaseTypingProcess.class.getName());
        command.add(dir.toString());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int lastSaved = 0;
        int savesBeforeKill = 3 + new Random().nextInt(15);
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int saves = 0;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    lastSaved = Integer.parseInt(line.substring(6));
                    if (++saves == savesBeforeKill) {
                        process.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(lastSaved).as("the form saved something before the kill").isPositive();

        try (Store store = TestStores.open(dir, true)) {
            String address = store.cases().find(UiFixture.FARMLAND).orElseThrow()
                    .parties(PartyRole.APPLICANT).get(0).address();
            // Saved round N, or N + 1 when the kill fell between the commit and the line printed.
            assertThat(address).isIn(CaseTypingProcess.address(lastSaved), CaseTypingProcess.address(lastSaved + 1));
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
