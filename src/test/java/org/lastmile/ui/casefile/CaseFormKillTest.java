package org.lastmile.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.PartyRole;
import org.lastmile.store.KilledProcess;
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
        String saved = KilledProcess.lastSavedBeforeKill(
                KilledProcess.java(CaseTypingProcess.class, dir.toString()), 3 + new Random().nextInt(15));
        int lastSaved = saved == null ? 0 : Integer.parseInt(saved);
        assertThat(lastSaved).as("the form saved something before the kill").isPositive();

        try (Store store = TestStores.open(dir, true)) {
            String address = store.cases().find(UiFixture.FARMLAND).orElseThrow()
                    .parties(PartyRole.APPLICANT).get(0).address();
            // Saved round N, or N + 1 when the kill fell between the commit and the line printed.
            assertThat(address).isIn(CaseTypingProcess.address(lastSaved), CaseTypingProcess.address(lastSaved + 1));
            assertThat(store.audit().verify().intact()).isTrue();
            assertThat(KilledProcess.integrity(store)).isEqualTo("ok");
        }
    }
}
