package org.lastmile.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.Party;
import org.lastmile.domain.cases.PartyRole;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.UiFixture;
import org.lastmile.ui.casefile.edit.CaseForm;
import org.lastmile.ui.casefile.edit.PartyForm;
import org.lastmile.ui.common.SaveState;

/** Editing a case and its parties without a screen: validation, autosave, undo and redo. */
@ExtendWith(FxThread.class)
class CaseEditingTest {

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

    private PartyForm editApplicant() {
        Party applicant = model.caseProperty().get().parties(PartyRole.APPLICANT).get(0);
        model.editParty(applicant.id());
        return (PartyForm) model.editingProperty().get();
    }

    @Test
    void anIdNumberWithAWrongCheckDigitIsShownAtTheFieldAndNothingIsSaved() {
        long before = fx.version(UiFixture.FARMLAND);
        PartyForm form = editApplicant();
        // 632224198503121234: the check character of 63222419850312123 is 2, not 4.
        form.idNumber.set("632224198503121234");
        form.commit(form.idNumber);

        assertThat(form.idNumber.problemProperty().get()).isNotNull();
        assertThat(form.idNumber.problemProperty().get().messageKey()).isEqualTo("party.idNumber.error.checkDigit");
        assertThat(form.nameZh.problemProperty().get()).isNull();
        assertThat(model.editor().stateProperty().get()).isEqualTo(SaveState.INVALID);
        assertThat(fx.version(UiFixture.FARMLAND)).isEqualTo(before);
        assertThat(fx.farmland().parties(PartyRole.APPLICANT).get(0).idNumber()).isNotEqualTo("632224198503121234");
    }

    @Test
    void aValidEditIsSavedAtOnceAndUndoAndRedoSaveTheSnapshots() {
        long before = fx.version(UiFixture.FARMLAND);
        PartyForm form = editApplicant();
        String oldPhone = form.phone.get();
        form.phone.set("13997001122");
        form.commit(form.phone);

        assertThat(model.editor().stateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(fx.version(UiFixture.FARMLAND)).isEqualTo(before + 1);
        assertThat(fx.farmland().parties(PartyRole.APPLICANT).get(0).phone()).isEqualTo("13997001122");
        assertThat(model.editor().undo().canUndoProperty().get()).isTrue();

        model.editor().undo().undo();
        assertThat(fx.farmland().parties(PartyRole.APPLICANT).get(0).phone()).isEqualTo(oldPhone);
        assertThat(form.phone.get()).as("the form shows the restored value").isEqualTo(oldPhone);
        assertThat(fx.version(UiFixture.FARMLAND)).as("an undo is a saved action too").isEqualTo(before + 2);

        model.editor().undo().redo();
        assertThat(fx.farmland().parties(PartyRole.APPLICANT).get(0).phone()).isEqualTo("13997001122");
    }

    @Test
    void typingInTheSameFieldTwiceUndoesAsOneEdit() {
        PartyForm form = editApplicant();
        String oldAddress = form.address.get();
        form.address.set("刚察县沙柳河镇");
        form.commit(form.address);
        form.address.set("刚察县沙柳河镇果洛藏贡麻村");
        form.commit(form.address);
        model.editor().undo().undo();
        assertThat(fx.farmland().parties(PartyRole.APPLICANT).get(0).address()).isEqualTo(oldAddress);
        assertThat(model.editor().undo().canUndoProperty().get()).isFalse();
    }

    @Test
    void aNewPartyJoinsTheCaseWithItsFirstValidEdit() {
        int parties = fx.farmland().parties().size();
        model.addParty();
        PartyForm form = (PartyForm) model.editingProperty().get();
        form.phone.set("12");
        form.commit(form.phone);
        assertThat(form.nameZh.problemProperty().get().messageKey()).isEqualTo("party.name.error.missing");
        assertThat(form.phone.problemProperty().get().messageKey()).isEqualTo("party.phone.error.format");
        assertThat(fx.farmland().parties()).hasSize(parties);

        form.phone.set("");
        form.nameBo.set("ཀླུ་མཚོ་");
        form.role.set(PartyRole.INTERESTED_PARTY);
        form.commit(form.nameBo);
        assertThat(fx.farmland().parties()).hasSize(parties + 1);
        assertThat(fx.farmland().parties(PartyRole.INTERESTED_PARTY)).extracting(Party::nameBo)
                .containsExactly("ཀླུ་མཚོ་");
    }

    @Test
    void anImpossibleDateOrADuplicateCaseNumberIsRefusedAtItsField() {
        model.editCase();
        CaseForm form = (CaseForm) model.editingProperty().get();
        long before = fx.version(UiFixture.FARMLAND);

        form.filingDate.set("2026-02-30");
        form.commit(form.filingDate);
        assertThat(form.filingDate.problemProperty().get().messageKey()).isEqualTo("form.date.error.impossible");

        form.filingDate.set("2026-09-12");
        form.number.set("(2026)青2323执87号"); // the livestock case's number
        form.commit(form.number);
        assertThat(form.filingDate.problemProperty().get()).isNull();
        assertThat(form.number.problemProperty().get().messageKey()).isEqualTo("case.number.error.duplicate");

        form.number.set("(2026)青9999执1号");
        form.commit(form.number);
        assertThat(form.number.problemProperty().get().messageKey()).isEqualTo("case.number.error.court");
        assertThat(fx.version(UiFixture.FARMLAND)).isEqualTo(before);
        assertThat(fx.farmland().number().toString()).isEqualTo("(2026)青2224执218号");
    }

    @Test
    void aNewCaseIsWrittenOnceItIsValidAndAnnounced() {
        CaseFileViewModel fresh = fx.newCase();
        CaseForm form = (CaseForm) fresh.editingProperty().get();
        java.util.List<EnforcementCase> announced = new java.util.ArrayList<>();
        fx.updates.addListener(saved -> announced.add(saved.c()));
        long count = fx.store.cases().count();

        form.causeZh.set("返还草场纠纷");
        form.commit(form.causeZh);
        assertThat(form.number.problemProperty().get().messageKey()).isEqualTo("form.error.required");
        assertThat(fx.store.cases().count()).isEqualTo(count);

        form.number.set("(2026)青2224执400号");
        form.commit(form.number);
        assertThat(fx.store.cases().count()).isEqualTo(count + 1);
        assertThat(fresh.caseProperty().get().causeZh()).isEqualTo("返还草场纠纷");
        assertThat(announced).extracting(c -> c.number().toString()).containsExactly("(2026)青2224执400号");
    }
}
