package org.lastmile.ui.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.PartyRole;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.domain.record.TranscriptEntry;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.common.SaveState;
import org.lastmile.ui.record.edit.RecordEditor;
import org.lastmile.ui.record.place.PlaceForm;
import org.lastmile.ui.record.statements.TranscriptViewModel;

/**
 * Issue 10, finding 1, on the record screen: the state says "not saved" from the first keystroke
 * and "saved" only once what was typed is committed to the file (the header of a record said
 * 已保存 while the place name being typed existed only on screen).
 */
@ExtendWith(FxThread.class)
class RecordSavingTest {

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

    private SiteRecord stored() {
        return fx.store.records().find(editor.current().id()).orElseThrow().record();
    }

    private SaveState state() {
        return editor.stateProperty().get();
    }

    @Test
    void typingInAFieldSaysNotSavedUntilTheCommitAndSavedOnlyAfterIt() {
        PlaceForm place = model.place();
        place.name.set("刚察县泉吉乡");
        place.commit(place.name);
        editor.flush();
        assertThat(state()).isEqualTo(SaveState.SAVED);

        // The first keystroke of the next edit (the "QQ2" of the finding).
        place.name.set("刚察县泉吉乡QQ");
        place.edited(place.name);
        assertThat(state()).isEqualTo(SaveState.UNSAVED);
        assertThat(stored().place().name()).isEqualTo("刚察县泉吉乡");

        place.name.set("刚察县泉吉乡QQ2");
        place.commit(place.name);
        assertThat(state()).as("committed to the autosave, not yet to the file").isEqualTo(SaveState.SAVING);
        editor.flush();
        assertThat(state()).isEqualTo(SaveState.SAVED);
        assertThat(stored().place().name()).isEqualTo("刚察县泉吉乡QQ2");
    }

    @Test
    void aSaveFinishingWhileTheEntryLineHoldsTextDoesNotSaySaved() {
        TranscriptViewModel t = model.transcript();
        t.originalProperty().set("你对测量结果有无异议");
        assertThat(state()).isEqualTo(SaveState.UNSAVED);

        // Another edit saves meanwhile (a party added from the menu).
        assertThat(model.participants().addParty(fx.ui.farmland().parties(PartyRole.RESPONDENT).get(0))).isEmpty();
        editor.flush();
        assertThat(stored().participants()).hasSize(1);
        assertThat(state()).as("the entry line's words are still only on screen").isEqualTo(SaveState.UNSAVED);

        t.speakerProperty().set(editor.current().participants().get(0).id());
        assertThat(t.add()).isEmpty();
        editor.flush();
        assertThat(state()).isEqualTo(SaveState.SAVED);
        assertThat(stored().transcript()).extracting(TranscriptEntry::original).containsExactly("你对测量结果有无异议");
    }

    @Test
    void clearingTheEntryLineGivesBackTheStateOfTheEdits() {
        model.place().name.set("泉吉乡");
        model.place().commit(model.place().name);
        editor.flush();
        model.transcript().originalProperty().set("有");
        assertThat(state()).isEqualTo(SaveState.UNSAVED);
        model.transcript().originalProperty().set("");
        assertThat(state()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void anInvalidValueStaysNotSavedAndNeverReadsSaved() {
        PlaceForm place = model.place();
        place.latitude.set("97.3"); // beyond the pole
        place.edited(place.latitude);
        place.commit(place.latitude); // refused next to the field

        assertThat(place.latitude.problemProperty().get()).isNotNull();
        assertThat(state()).isEqualTo(SaveState.UNSAVED);
        assertThat(stored().place().latitude()).isNull();
    }

    @Test
    void closingTheRecordAddsTheWordsOfTheEntryLineRatherThanDroppingThem() {
        assertThat(model.participants().addParty(fx.ui.farmland().parties(PartyRole.APPLICANT).get(0))).isEmpty();
        TranscriptViewModel t = model.transcript();
        t.speakerProperty().set(editor.current().participants().get(0).id());
        t.originalProperty().set("同意按草图分割");

        model.closing();
        editor.flush();

        assertThat(stored().transcript()).extracting(TranscriptEntry::original).containsExactly("同意按草图分割");
        assertThat(state()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void typingWithdrawnBeforeAnyEditShowsTheStateAsOpened() {
        model.place().name.set("x");
        model.place().edited(model.place().name);
        editor.typing(model.place(), false);
        assertThat(state()).as("nothing typed any more, nothing edited: as opened").isEqualTo(SaveState.IDLE);
    }
}
