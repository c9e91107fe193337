package org.lastmile.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.service.CaseService;
import org.lastmile.store.cases.HandedOverCases;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.UiFixture;
import org.lastmile.ui.cases.CaseListLoader;
import org.lastmile.ui.cases.CaseListViewModel;
import org.lastmile.ui.cases.CaseRow;

/**
 * Issue 14: a case the court said was taken away from this officer (handed over) shows so in the
 * list and on the case screen, and the screen offers no editing; assigned again (a later case
 * change from the court) it is editable again. The notice is written as the pull writes it.
 */
@ExtendWith(FxThread.class)
class HandedOverTest {

    @TempDir
    Path dir;
    UiFixture fx;

    @BeforeEach
    void open() {
        fx = new UiFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void theCaseScreenSaysHandedOverAndOpensNoForm() {
        notice(UiFixture.FARMLAND, 40);
        CaseFileViewModel model = fx.caseFile(UiFixture.FARMLAND);
        assertThat(model.caseProperty().get()).as("still shown as it was").isNotNull();
        assertThat(model.handedOverProperty().get()).isTrue();
        model.editCase();
        model.addParty();
        assertThat(model.editingProperty().get()).as("read-only: no form").isNull();
    }

    @Test
    void anotherCaseAndTheSameOneAssignedAgainAreEditable() {
        notice(UiFixture.FARMLAND, 40);
        UUID other = CaseService.of(fx.store).headers().stream().map(h -> h.id())
                .filter(id -> !id.equals(UiFixture.FARMLAND)).findFirst().orElseThrow();
        CaseFileViewModel model = fx.caseFile(other);
        assertThat(model.handedOverProperty().get()).isFalse();
        model.editCase();
        assertThat(model.editingProperty().get()).isNotNull();

        // a case change the court sent before its notice (kept back and applied late) changes nothing
        fx.store.database().transaction(tx -> {
            HandedOverCases.assignedAgain(tx, UiFixture.FARMLAND.toString(), 39);
            return null;
        });
        assertThat(fx.caseFile(UiFixture.FARMLAND).handedOverProperty().get()).isTrue();
        fx.store.database().transaction(tx -> {
            HandedOverCases.assignedAgain(tx, UiFixture.FARMLAND.toString(), 41);
            return null;
        });
        CaseFileViewModel again = fx.caseFile(UiFixture.FARMLAND);
        assertThat(again.handedOverProperty().get()).isFalse();
        again.editCase();
        assertThat(again.editingProperty().get()).isNotNull();
    }

    @Test
    void theListTagsExactlyTheHandedOverCase() {
        notice(UiFixture.FARMLAND, 40);
        CaseListViewModel list = new CaseListViewModel(new CaseListLoader(CaseService.of(fx.store), fx.engine,
                fx.today), CaseService.of(fx.store), fx.background, fx.updates);
        list.load();
        assertThat(list.rows()).hasSize(8);
        assertThat(list.rows()).filteredOn(CaseRow::handedOver).extracting(CaseRow::id)
                .containsExactly(UiFixture.FARMLAND);
    }

    private void notice(UUID caseId, long serverSeq) {
        fx.store.database().transaction(tx -> {
            HandedOverCases.mark(tx, caseId.toString(), serverSeq);
            return null;
        });
    }
}
