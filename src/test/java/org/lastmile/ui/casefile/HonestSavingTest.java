package org.lastmile.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.Party;
import org.lastmile.domain.cases.PartyRole;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.UiFixture;
import org.lastmile.ui.casefile.edit.PartyForm;
import org.lastmile.ui.common.SaveState;

/**
 * Finding 1 of issue 10: the header said 已保存 while typed text was not saved yet. The state says
 * "not saved" from the first keystroke and "saved" only after the commit.
 */
@ExtendWith(FxThread.class)
class HonestSavingTest {

    @TempDir
    Path dir;
    UiFixture fx;
    CaseFileViewModel model;

    @BeforeEach
    void open() {
        fx = new UiFixture(dir);
        model = fx.caseFile(UiFixture.FARMLAND);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void typingAfterASaveSaysNotSavedUntilTheCommit() {
        Party applicant = model.caseProperty().get().parties(PartyRole.APPLICANT).get(0);
        model.editParty(applicant.id());
        PartyForm form = (PartyForm) model.editingProperty().get();
        form.phone.set("13997001122");
        form.commit(form.phone);
        assertThat(model.editor().stateProperty().get()).isEqualTo(SaveState.SAVED);

        // The first keystroke of the next edit (the address "QQ2" of the finding).
        form.address.set("QQ");
        form.edited(form.address);
        assertThat(model.editor().stateProperty().get()).isEqualTo(SaveState.UNSAVED);
        assertThat(fx.farmland().parties(PartyRole.APPLICANT).get(0).address()).isNotEqualTo("QQ");

        form.address.set("QQ2");
        form.commit(form.address);
        assertThat(model.editor().stateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(fx.farmland().parties(PartyRole.APPLICANT).get(0).address()).isEqualTo("QQ2");
    }
}
