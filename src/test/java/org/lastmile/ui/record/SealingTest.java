package org.lastmile.ui.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.cases.PartyRole;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.ParticipantRole;
import org.lastmile.domain.record.Relationship;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.rules.RecordRule;
import org.lastmile.domain.record.rules.Violation;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.domain.record.seal.StoredRecord;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.record.details.LandForm;
import org.lastmile.ui.record.edit.RecordEditor;
import org.lastmile.ui.record.people.ParticipantForm;

/** Sealing from the record screen's view models: refused while a rule blocks, then sealed and read-only. */
@ExtendWith(FxThread.class)
class SealingTest {

    @TempDir
    Path dir;
    RecordFixture fx;
    RecordViewModel model;
    RecordEditor editor;
    final Messages zh = Messages.of(Language.CHINESE);

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

    /** A hand-over with everyone but the committee representative, signed, the notice number not filled in. */
    private void writeAlmostEverything() {
        var officers = fx.store.officers().all();
        for (String name : List.of("更登", "李卫东")) {
            model.participants().addOfficer(officers.stream().filter(o -> o.nameZh().equals(name)).findFirst().orElseThrow());
        }
        model.participants().addParty(fx.ui.farmland().parties(PartyRole.APPLICANT).get(0));
        model.participants().addParty(fx.ui.farmland().parties(PartyRole.RESPONDENT).get(0));
        add(ParticipantRole.INTERPRETER, "卓玛草", "སྒྲོལ་མ་མཚོ་", "63222419910101042X", SpokenLanguage.TIBETAN);
        Participant interpreter = editor.current().participants(ParticipantRole.INTERPRETER).get(0);
        model.participants().setPledged(interpreter.id(), true);
        for (Participant party : editor.current().participants(ParticipantRole.PARTY)) {
            model.participants().setRelationship(interpreter.id(), party.id(), Relationship.NONE);
        }
        add(ParticipantRole.JUSTICE_OFFICE_STAFF, "马丽", null, "632224198806060625", SpokenLanguage.CHINESE);
        LandForm land = model.land();
        land.method.set("GNSS与钢尺丈量");
        land.commit(land.method);
        land.areaMu.set("6.6");
        land.commit(land.areaMu);
        model.endNow();
        Participant respondent = editor.current().participants(ParticipantRole.PARTY).get(1);
        Participant witness = editor.current().participants(ParticipantRole.JUSTICE_OFFICE_STAFF).get(0);
        fx.refusals.put(respondent.id(), new RecordFixture.Refusal("认为地界不公平", witness.id()));
        signEveryone();
    }

    private void add(ParticipantRole role, String zhName, String boName, String id, SpokenLanguage language) {
        model.participants().addParticipant(role);
        ParticipantForm form = (ParticipantForm) model.editingProperty().get();
        form.nameZh.set(zhName);
        form.nameBo.set(boName == null ? "" : boName);
        form.idNumber.set(id);
        form.language.set(language);
        form.commit(form.nameZh);
        assertThat(form.problemProperty().get()).isNull();
        assertThat(form.idNumber.problemProperty().get()).isNull();
        model.doneEditing();
    }

    private void signEveryone() {
        for (Participant p : editor.current().participants()) {
            assertThat(model.signatures().sign(p.id())).isEmpty();
        }
    }

    private List<String> messages(List<Violation> violations) {
        return violations.stream().map(zh::get).toList();
    }

    @Test
    void sealingIsRefusedNamingTheMissingCommitteeRepresentativeThenAcceptedAndTheRecordIsReadOnly() {
        writeAlmostEverything();
        model.seal().seal();

        List<Violation> refusal = model.seal().refusalProperty().get();
        assertThat(refusal).extracting(Violation::rule)
                .containsExactlyInAnyOrder(RecordRule.COMMITTEE_PRESENT, RecordRule.NOTICE_REFERENCE);
        assertThat(messages(refusal)).contains("土地交付（腾退）笔录须有村（牧）委会代表在场", "未填写公告文号");
        assertThat(zh.get(model.seal().messageProperty().get())).isEqualTo("不能封存：有 2 项规则未满足");
        assertThat(fx.store.records().find(editor.current().id()).orElseThrow().sealed()).isFalse();
        assertThat(editor.isSealed()).isFalse();

        model.land().noticeNumber.set("刚察法公告〔2026〕7号");
        model.land().commit(model.land().noticeNumber);
        add(ParticipantRole.COMMITTEE_REPRESENTATIVE, "桑杰", "སངས་རྒྱས་", "632224197003030313", SpokenLanguage.TIBETAN);
        // The record changed after the others signed: their signatures no longer cover it.
        assertThat(model.rules().violationsProperty().get()).extracting(Violation::rule)
                .contains(RecordRule.SIGNATURE_CURRENT, RecordRule.SIGNATURES_COMPLETE);
        signEveryone();
        assertThat(model.rules().blockedBinding().get()).isFalse();

        model.seal().seal();

        assertThat(model.seal().messageProperty().get()).isNull();
        assertThat(editor.isSealed()).isTrue();
        StoredRecord stored = fx.store.records().find(editor.current().id()).orElseThrow();
        assertThat(stored.sealed()).isTrue();
        assertThat(editor.sealProperty().get().code()).isEqualTo(stored.sealCode()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(fx.store.records().verify(stored.record().id()).intact()).isTrue();

        // Read-only: every path of editing is refused with a message, and nothing changes.
        SiteRecord sealed = editor.current();
        var refused = model.participants().addParty(fx.ui.farmland().parties(PartyRole.APPLICANT).get(0));
        assertThat(refused).map(MessageKeyed::messageKey).contains("record.error.sealed");
        assertThat(zh.get(refused.get())).contains(stored.sealCode()).contains("已封存");
        model.transcript().speakerProperty().set(sealed.participants().get(0).id());
        model.transcript().originalProperty().set("补充一句");
        assertThat(model.transcript().add()).map(MessageKeyed::messageKey).contains("record.error.sealed");
        model.land().areaMu.set("7");
        model.land().commit(model.land().areaMu);
        assertThat(model.land().problemProperty().get().messageKey()).isEqualTo("record.error.sealed");
        assertThat(model.signatures().sign(sealed.participants().get(0).id())).isPresent();
        assertThat(editor.undo().canUndoProperty().get()).isFalse();
        assertThat(editor.current()).isEqualTo(sealed);
        editor.flush();
        assertThat(fx.store.records().find(sealed.id()).orElseThrow().version()).isEqualTo(stored.version());
    }

    @Test
    void anAmendmentIsANewDraftThatNamesTheSealedRecordAndOpens() {
        writeAlmostEverything();
        model.land().noticeNumber.set("刚察法公告〔2026〕7号");
        model.land().commit(model.land().noticeNumber);
        add(ParticipantRole.COMMITTEE_REPRESENTATIVE, "桑杰", "སངས་རྒྱས་", "632224197003030313", SpokenLanguage.TIBETAN);
        signEveryone();
        model.seal().seal();
        assertThat(editor.isSealed()).isTrue();

        model.seal().amend();

        assertThat(fx.opened).hasSize(1);
        StoredRecord amendment = fx.store.records().find(fx.opened.get(0)).orElseThrow();
        assertThat(amendment.sealed()).isFalse();
        assertThat(amendment.record().amends()).isEqualTo(editor.current().id());
        assertThat(amendment.record().participants()).hasSameSizeAs(editor.current().participants());
    }

    @Test
    void aDraftCannotBeAmended() {
        model.seal().amend();
        assertThat(model.seal().messageProperty().get().messageKey()).isEqualTo("record.amend.error.draft");
        assertThat(fx.opened).isEmpty();
    }

    @Test
    void aRefusalFollowsTheRulesLiveAndGoesAwayWhenNothingBlocks() {
        writeAlmostEverything();
        model.seal().seal();
        assertThat(model.seal().refusalProperty().get()).extracting(Violation::rule)
                .containsExactlyInAnyOrder(RecordRule.COMMITTEE_PRESENT, RecordRule.NOTICE_REFERENCE);

        model.land().noticeNumber.set("刚察法公告〔2026〕7号");
        model.land().commit(model.land().noticeNumber);

        // The notice number is there now: the refusal no longer lists it; the record changed, so
        // the signatures given before no longer cover it, and the refusal says so at once.
        List<Violation> now = model.seal().refusalProperty().get();
        assertThat(now).extracting(Violation::rule).doesNotContain(RecordRule.NOTICE_REFERENCE)
                .contains(RecordRule.COMMITTEE_PRESENT, RecordRule.SIGNATURE_CURRENT);
        assertThat(zh.get(model.seal().messageProperty().get())).isEqualTo("不能封存：有 " + now.size() + " 项规则未满足");

        add(ParticipantRole.COMMITTEE_REPRESENTATIVE, "桑杰", "སངས་རྒྱས་", "632224197003030313", SpokenLanguage.TIBETAN);
        signEveryone();

        assertThat(model.rules().blockedBinding().get()).isFalse();
        assertThat(model.seal().refusalProperty().get()).isEmpty();
        assertThat(model.seal().messageProperty().get()).isNull();
    }
}
