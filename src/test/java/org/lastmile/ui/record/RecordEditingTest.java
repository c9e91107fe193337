package org.lastmile.ui.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.cases.Party;
import org.lastmile.domain.cases.PartyRole;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.RecordFixtures;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.StandardStatement;
import org.lastmile.domain.record.TranscriptEntry;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.common.SaveState;
import org.lastmile.ui.record.agreement.InventoryLineForm;
import org.lastmile.ui.record.agreement.TermForm;
import org.lastmile.ui.record.details.LandForm;
import org.lastmile.ui.record.agreement.AgreementViewModel;
import org.lastmile.ui.record.edit.RecordEditor;
import org.lastmile.ui.record.people.ParticipantForm;
import org.lastmile.ui.record.statements.TranscriptViewModel;

/** Writing a record without a screen: people, the transcript, autosave and undo. */
@ExtendWith(FxThread.class)
class RecordEditingTest {

    @TempDir
    Path dir;
    RecordFixture fx;
    RecordViewModel model;
    RecordEditor editor;

    @BeforeEach
    void open() {
        fx = new RecordFixture(dir);
        model = fx.newHandover();
        editor = model.editor();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Party party(PartyRole role) {
        return fx.ui.farmland().parties(role).get(0);
    }

    private SiteRecord stored() {
        return fx.store.records().find(editor.current().id()).orElseThrow().record();
    }

    private Participant officer(String key) {
        var o = fx.store.officers().find(fx.store.officers().all().stream()
                .filter(x -> x.nameZh().equals(key)).findFirst().orElseThrow().id()).orElseThrow();
        assertThat(model.participants().addOfficer(o)).isEmpty();
        return editor.current().participants().get(editor.current().participants().size() - 1);
    }

    @Test
    void theSamePartyTwiceIsRefusedWithAMessageNamingThemAndNothingChanges() {
        assertThat(model.participants().addParty(party(PartyRole.APPLICANT))).isEmpty();
        editor.flush();
        SiteRecord before = editor.current();

        var refused = model.participants().addParty(party(PartyRole.APPLICANT));

        assertThat(refused).map(MessageKeyed::messageKey).contains("record.error.duplicateParticipant");
        assertThat(Messages.of(Language.CHINESE).get(refused.get())).isEqualTo("扎西东珠已在在场人员中");
        assertThat(editor.current()).isSameAs(before);
        editor.flush();
        assertThat(stored().participants()).hasSize(1);
    }

    @Test
    void aDuplicateTypedIntoTheFormIsShownInTheFormAndNotAdded() {
        model.participants().addParty(party(PartyRole.RESPONDENT));
        model.participants().addParticipant(ParticipantRole.WITNESS);
        ParticipantForm form = (ParticipantForm) model.editingProperty().get();
        form.nameZh.set("某人");
        form.idNumber.set(party(PartyRole.RESPONDENT).idNumber()); // the respondent's ID: the same person
        form.commit(form.idNumber);

        assertThat(form.problemProperty().get()).isNotNull();
        assertThat(form.problemProperty().get().messageKey()).isEqualTo("record.error.duplicateParticipant");
        assertThat(editor.current().participants()).hasSize(1);
    }

    @Test
    void enterAddsTheEntryClearsTheFieldsAndGivesTheFloorToTheOtherSide() {
        Participant gendun = officer("更登");
        model.participants().addParty(party(PartyRole.RESPONDENT));
        Participant tsering = editor.current().participants().get(1);
        TranscriptViewModel t = model.transcript();

        t.speakerProperty().set(gendun.id());
        t.originalProperty().set("你对测量结果有无异议？");
        t.translationProperty().set("ཚད་འཇལ་འབྲས་བུར་དགག་བརྗོད་ཡོད་དམ།");
        assertThat(t.add()).isEmpty();

        assertThat(t.speakerProperty().get()).as("the party answers").isEqualTo(tsering.id());
        assertThat(t.languageProperty().get()).as("in the party's language").isEqualTo(SpokenLanguage.TIBETAN);
        assertThat(t.originalProperty().get()).isEmpty();

        // Typed with a decomposed vowel sign: stored in NFC.
        String decomposed = Normalizer.normalize("ང་མོས་མཐུན་ཡིན།", Normalizer.Form.NFD);
        t.originalProperty().set(decomposed);
        t.translationProperty().set("我同意。");
        t.add();
        assertThat(t.speakerProperty().get()).as("back to the officer").isEqualTo(gendun.id());

        editor.flush();
        assertThat(stored().transcript()).extracting(TranscriptEntry::speakerId).containsExactly(gendun.id(),
                tsering.id());
        TranscriptEntry answer = stored().transcript().get(1);
        assertThat(answer.original()).isEqualTo(Normalizer.normalize(decomposed, Normalizer.Form.NFC));
        assertThat(answer.language()).isEqualTo(SpokenLanguage.TIBETAN);
        assertThat(answer.translation()).isEqualTo("我同意。");
    }

    @Test
    void anEmptyEntryIsRefusedAndNothingIsAdded() {
        Participant gendun = officer("更登");
        model.transcript().speakerProperty().set(gendun.id());
        model.transcript().originalProperty().set("   ");
        assertThat(model.transcript().add()).map(MessageKeyed::messageKey).contains("record.transcript.error.empty");
        assertThat(editor.current().transcript()).isEmpty();
    }

    @Test
    void aStandardStatementGoesInInBothLanguagesSaidByAnOfficer() {
        Participant gendun = officer("更登");
        officer("王海");
        model.participants().addParty(party(PartyRole.APPLICANT));

        assertThat(model.transcript().insert(StandardStatement.IDENTITY)).isEmpty();
        assertThat(model.transcript().insert(StandardStatement.RIGHTS_AND_DUTIES)).isEmpty();

        TranscriptEntry identity = editor.current().transcript().get(0);
        assertThat(identity.speakerId()).isEqualTo(gendun.id());
        assertThat(identity.statement()).isEqualTo(StandardStatement.IDENTITY);
        assertThat(identity.language()).isEqualTo(SpokenLanguage.CHINESE);
        assertThat(identity.original()).startsWith("我们是刚察县人民法院执行员更登、书记员王海")
                .contains("(2026)青2224执218号");
        assertThat(identity.translation()).startsWith("ང་ཚོ་ནི་").contains("དགེ་འདུན་").contains("ཝང་ཧའེ་");
        TranscriptEntry rights = editor.current().transcript().get(1);
        assertThat(rights.original()).isEqualTo(Messages.of(Language.CHINESE).get("statement.rights_and_duties"));
        assertThat(rights.translation()).isEqualTo(Messages.of(Language.TIBETAN).get("statement.rights_and_duties"));
        assertThat(model.transcript().speakerProperty().get()).as("the party answers")
                .isEqualTo(editor.current().participants(ParticipantRole.PARTY).get(0).id());
    }

    @Test
    void everyEditIsSavedAndUndoAndRedoSaveTheSnapshotsToo() {
        long before = fx.store.records().find(editor.current().id()).orElseThrow().version();
        model.participants().addParty(party(PartyRole.APPLICANT));
        assertThat(editor.stateProperty().get()).isEqualTo(SaveState.SAVING);
        editor.flush();
        assertThat(editor.stateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(stored().participants()).hasSize(1);

        editor.undo().undo();
        editor.flush();
        assertThat(editor.current().participants()).isEmpty();
        assertThat(stored().participants()).isEmpty();
        assertThat(fx.store.records().find(editor.current().id()).orElseThrow().version()).isEqualTo(before + 2);

        editor.undo().redo();
        editor.flush();
        assertThat(stored().participants()).extracting(Participant::partyId)
                .containsExactly(party(PartyRole.APPLICANT).id());
    }

    @Test
    void theLandFormTakesTheAreaInMuAndKeepsTheExactSquareMetres() {
        LandForm land = model.land();
        assertThat(land.location.get()).as("the title's parcel").isEqualTo("刚察县沙柳河镇果洛藏贡麻村");
        land.areaMu.set("6.6");
        land.commit(land.areaMu);
        assertThat(RecordFixtures.landOf(editor.current()).areaM2()).isEqualByComparingTo("4400.00");
        assertThat(land.areaMu.get()).isEqualTo("6.6");

        land.areaM2.set("4400.02");
        land.commit(land.areaM2);
        assertThat(RecordFixtures.landOf(editor.current()).areaM2().toPlainString()).isEqualTo("4400.02");
        land.noticeDeadline.set("2026-02-30");
        land.commit(land.noticeDeadline);
        assertThat(land.noticeDeadline.problemProperty().get().messageKey()).isEqualTo("form.date.error.impossible");
        assertThat(RecordFixtures.landOf(editor.current()).noticeDeadline()).isNull();
    }

    @Test
    void theInterpretersRelationshipAndPledgeAreRecorded() {
        model.participants().addParty(party(PartyRole.APPLICANT));
        UUID tashi = editor.current().participants().get(0).id();
        model.participants().addParticipant(ParticipantRole.INTERPRETER);
        ParticipantForm form = (ParticipantForm) model.editingProperty().get();
        form.nameZh.set("卓玛草");
        form.nameBo.set("སྒྲོལ་མ་མཚོ་");
        form.language.set(SpokenLanguage.TIBETAN);
        form.commit(form.nameBo);
        form.pledged.set(true);
        form.commit(form.pledged);
        Participant interpreter = editor.current().participants(ParticipantRole.INTERPRETER).get(0);

        model.participants().setRelationship(interpreter.id(), tashi,
                org.lastmile.domain.record.Relationship.RELATIVE);

        Participant now = editor.current().participants(ParticipantRole.INTERPRETER).get(0);
        assertThat(now.interpreter().pledged()).isTrue();
        assertThat(now.interpreter().from()).isEqualTo(SpokenLanguage.TIBETAN);
        assertThat(now.interpreter().to()).isEqualTo(SpokenLanguage.CHINESE);
        assertThat(now.interpreter().relationships()).containsEntry(tashi,
                org.lastmile.domain.record.Relationship.RELATIVE);
        assertThat(model.rules().violationsProperty().get()).anySatisfy(v ->
                assertThat(Messages.of(Language.CHINESE).get(v)).isEqualTo("翻译人员卓玛草与当事人扎西东珠有近亲属，应当回避"));
    }

    @Test
    void livestockLinesOfATermNeedASpeciesAndAWholeCount() {
        model.agreement().addTerm();
        TermForm term = (TermForm) model.editingProperty().get();
        term.kind.set(org.lastmile.domain.cases.ObligationKind.DIVIDE_LIVESTOCK);
        term.whatZh.set("分割牦牛");
        term.quantity.set("12");
        term.commit(term.whatZh);
        assertThat(editor.current().agreement().terms()).hasSize(1);

        model.agreement().editLivestock(term.termId(), null);
        InventoryLineForm line = (InventoryLineForm) model.editingProperty().get();
        line.count.set("0");
        line.commit(line.count);
        assertThat(editor.current().agreement().terms().get(0).livestock()).as("no species yet: not a line").isEmpty();
        line.species.set("牦牛 གཡག");
        line.commit(line.species);
        assertThat(line.count.problemProperty().get().messageKey()).isEqualTo("record.inventory.error.count");
        line.count.set("12");
        line.earTag.set("QH-0231 至 QH-0242");
        line.commit(line.count);

        var livestock = editor.current().agreement().terms().get(0).livestock();
        assertThat(livestock).singleElement().satisfies(l -> {
            assertThat(l.species()).isEqualTo("牦牛 གཡག");
            assertThat(l.count()).isEqualTo(12);
            assertThat(l.earTag()).isEqualTo("QH-0231 至 QH-0242");
        });
        assertThat(AgreementViewModel.inventory(editor.current())).as("the seizure inventory is another list").isEmpty();
    }

    @Test
    void theIdentitySentenceNamesNoClerkWhenNoneIsPresentAndJoinsNamesAsEachLanguageDoes() {
        officer("更登");
        officer("李卫东");
        model.participants().addParty(party(PartyRole.APPLICANT));

        assertThat(model.transcript().insert(StandardStatement.IDENTITY)).isEmpty();

        TranscriptEntry identity = editor.current().transcript().get(0);
        assertThat(identity.original()).startsWith("我们是刚察县人民法院执行员更登、李卫东（出示证件）")
                .doesNotContain("书记员");
        assertThat(identity.translation()).contains("དགེ་འདུན་ དང་ ").doesNotContain("ཡི་གེ་བ").doesNotContain("།  ");
    }

    @Test
    void moneyIsPaidOnlyToAPartyOrAnAgentNeverToAnOfficerOrTheInterpreter() {
        Participant gendun = officer("更登");
        model.participants().addParty(party(PartyRole.APPLICANT));
        model.participants().addParticipant(ParticipantRole.INTERPRETER);
        ParticipantForm interpreter = (ParticipantForm) model.editingProperty().get();
        interpreter.nameZh.set("卓玛草");
        interpreter.commit(interpreter.nameZh);
        model.doneEditing();
        Participant applicant = editor.current().participants(ParticipantRole.PARTY).get(0);

        model.agreement().addTerm();
        TermForm term = (TermForm) model.editingProperty().get();

        assertThat(term.payee.choices()).containsExactly(applicant.id()).doesNotContain(gendun.id());
    }

    @Test
    void aWitnessIsNotAskedForTheInterpretersFields() {
        model.participants().addParticipant(ParticipantRole.WITNESS);
        ParticipantForm form = (ParticipantForm) model.editingProperty().get();

        assertThat(form.pledged.appliesProperty().get()).isFalse();
        assertThat(form.interpretFrom.appliesProperty().get()).isFalse();
        assertThat(form.authority.appliesProperty().get()).isFalse();
        form.role.set(ParticipantRole.INTERPRETER);
        assertThat(form.pledged.appliesProperty().get()).isTrue();
        assertThat(form.interpretTo.appliesProperty().get()).isTrue();
    }

    @Test
    void theRulesNameAPersonInTheInterfaceLanguageWhereTheRecordHasIt() {
        model.participants().addParty(party(PartyRole.APPLICANT));
        Messages bo = Messages.of(Language.TIBETAN);
        Messages zh = Messages.of(Language.CHINESE);

        List<String> tibetan = model.rules().violationsProperty().get().stream().map(bo::get).toList();
        List<String> chinese = model.rules().violationsProperty().get().stream().map(zh::get).toList();

        assertThat(tibetan).anyMatch(line -> line.contains("བཀྲ་ཤིས་དོན་གྲུབ")).noneMatch(line -> line.contains("扎西东珠"));
        assertThat(chinese).anyMatch(line -> line.contains("扎西东珠"));
    }

    @Test
    void printAsksTheWindowForThisRecordsDocuments() {
        model.printDocument();
        assertThat(fx.printed).containsExactly(editor.currentProperty().get().id());
    }
}
