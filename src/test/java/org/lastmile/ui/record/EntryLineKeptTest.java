package org.lastmile.ui.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lastmile.domain.cases.PartyRole;
import org.lastmile.domain.cases.SpokenLanguage;
import org.lastmile.domain.record.EntryLine;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.TranscriptEntry;
import org.lastmile.ui.FxThread;
import org.lastmile.ui.common.SaveState;
import org.lastmile.ui.record.statements.TranscriptViewModel;

/**
 * Words typed in the transcript's entry line are not in the record until the entry is added (the
 * header says 尚未保存), but they are kept on the disk as they change: a process killed before Enter
 * gives them back in the line, with who said them, when the record opens again. Before, they were
 * lost. A record opened again stands for the restart: the first view model is never closed, as a
 * killed process closes nothing.
 */
@ExtendWith(FxThread.class)
class EntryLineKeptTest {

    private static final String SPOKEN = "ཞིང་ས་དེ་ང་ཚོའི་ཡིན།";
    private static final String TRANSLATED = "那块地是我们的。";

    @TempDir
    Path dir;
    RecordFixture fx;
    RecordViewModel model;
    UUID record;
    Participant respondent;

    @BeforeEach
    void open() {
        fx = new RecordFixture(dir);
        model = fx.newHandover();
        record = model.editor().current().id();
        assertThat(model.participants().addParty(fx.ui.farmland().parties(PartyRole.RESPONDENT).get(0))).isEmpty();
        respondent = model.editor().current().participants().get(model.editor().current().participants().size() - 1);
        model.editor().flush();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void wordsNotYetAddedComeBackInTheLineAfterARestartAndAreForgottenOnceAdded() {
        TranscriptViewModel line = model.transcript();
        line.speakerProperty().set(respondent.id());
        line.languageProperty().set(SpokenLanguage.TIBETAN);
        line.originalProperty().set(SPOKEN);
        line.translationProperty().set(TRANSLATED);
        model.editor().flush();

        RecordViewModel again = fx.open(record);
        TranscriptViewModel back = again.transcript();
        assertThat(back.originalProperty().get()).isEqualTo(SPOKEN);
        assertThat(back.translationProperty().get()).isEqualTo(TRANSLATED);
        assertThat(back.speakerProperty().get()).isEqualTo(respondent.id());
        assertThat(back.languageProperty().get()).isEqualTo(SpokenLanguage.TIBETAN);
        assertThat(again.editor().current().transcript()).as("not in the record until added").isEmpty();
        assertThat(again.editor().stateProperty().get()).isEqualTo(SaveState.UNSAVED);

        assertThat(back.add()).isEmpty();
        again.editor().flush();
        RecordViewModel third = fx.open(record);
        assertThat(third.transcript().originalProperty().get()).as("the line is empty once added").isEmpty();
        assertThat(third.editor().current().transcript()).extracting(TranscriptEntry::original)
                .containsExactly(SPOKEN);
    }

    @Test
    void wordsAddedJustBeforeTheKillAreNotGivenBackASecondTime() {
        // The entry committed, the line's emptying not yet: the kept words are the last entry's.
        fx.services.records().keepEntryLine(record,
                new EntryLine(respondent.id(), SpokenLanguage.TIBETAN, SPOKEN, TRANSLATED));
        TranscriptViewModel line = model.transcript();
        line.speakerProperty().set(respondent.id());
        line.originalProperty().set(SPOKEN);
        line.translationProperty().set(TRANSLATED);
        assertThat(line.add()).isEmpty();
        model.editor().flush();
        fx.services.records().keepEntryLine(record,
                new EntryLine(respondent.id(), SpokenLanguage.TIBETAN, SPOKEN, TRANSLATED));

        RecordViewModel again = fx.open(record);
        assertThat(again.editor().current().transcript()).hasSize(1);
        assertThat(again.transcript().originalProperty().get()).isEmpty();
        assertThat(again.editor().stateProperty().get()).isNotEqualTo(SaveState.UNSAVED);
    }
}
