package org.lastmile.domain.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.lastmile.common.Key;

class UndoHistoryTest {

    private final AtomicReference<String> field = new AtomicReference<>("扎西");
    private final UndoHistory history = new UndoHistory();

    private SnapshotEdit<String> edit(String from, String to, String mergeKey) {
        return new SnapshotEdit<>(from, to, field::set, new Key("edit.field"), mergeKey);
    }

    @Test
    void undoRestoresTheStateBeforeAndRedoAppliesTheEditAgain() {
        history.execute(edit("扎西", "扎西东珠", null));
        assertThat(field.get()).isEqualTo("扎西东珠");

        assertThat(history.undo()).isTrue();
        assertThat(field.get()).isEqualTo("扎西");
        assertThat(history.canUndo()).isFalse();
        assertThat(history.canRedo()).isTrue();

        assertThat(history.redo()).isTrue();
        assertThat(field.get()).isEqualTo("扎西东珠");
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void undoesInReverseOrder() {
        history.execute(edit("扎西", "A", null));
        history.execute(edit("A", "B", null));
        history.undo();
        assertThat(field.get()).isEqualTo("A");
        history.undo();
        assertThat(field.get()).isEqualTo("扎西");
        assertThat(history.undo()).isFalse();
        assertThat(field.get()).isEqualTo("扎西");
    }

    @Test
    void aRecordedEditIsNotAppliedAgainButCanBeUndone() {
        field.set("B");
        history.record(edit("扎西", "B", null));
        assertThat(field.get()).isEqualTo("B");
        history.undo();
        assertThat(field.get()).isEqualTo("扎西");
    }

    @Test
    void aNewEditForgetsWhatCouldBeRedone() {
        history.execute(edit("扎西", "A", null));
        history.undo();
        history.execute(edit("扎西", "C", null));
        assertThat(history.canRedo()).isFalse();
        assertThat(history.redo()).isFalse();
        assertThat(field.get()).isEqualTo("C");
    }

    @Test
    void consecutiveEditsOfTheSameFieldMergeIntoOne() {
        history.execute(edit("扎西", "扎西东", "nameZh"));
        history.execute(edit("扎西东", "扎西东珠", "nameZh"));
        history.undo();
        assertThat(field.get()).isEqualTo("扎西");
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void editsOfDifferentFieldsOrAfterAnUndoDoNotMerge() {
        history.execute(edit("扎西", "A", "nameZh"));
        history.execute(edit("A", "B", "phone"));
        history.undo();
        assertThat(field.get()).isEqualTo("A");
        history.undo();
        assertThat(field.get()).isEqualTo("扎西");

        // After an undo the top of the stack no longer matches: the new edit stands alone.
        history.redo();
        history.execute(edit("A", "A2", "nameZh"));
        history.undo();
        assertThat(field.get()).isEqualTo("A");
    }

    @Test
    void keepsAtMostTheLimitOfEdits() {
        UndoHistory small = new UndoHistory(2);
        AtomicInteger value = new AtomicInteger();
        for (int i = 1; i <= 3; i++) {
            int from = i - 1;
            int to = i;
            small.execute(new SnapshotEdit<>(from, to, value::set, new Key("edit.field"), null));
        }
        assertThat(small.undo()).isTrue();
        assertThat(small.undo()).isTrue();
        assertThat(small.undo()).isFalse();
        assertThat(value.get()).isEqualTo(1);
    }

    @Test
    void tellsListenersOfEveryChangeAndNamesTheNextEdits() {
        List<String> seen = new ArrayList<>();
        history.addListener(() -> seen.add(history.canUndo() + "/" + history.canRedo()));
        SnapshotEdit<String> first = edit("扎西", "A", null);
        history.execute(first);
        history.undo();
        history.redo();
        history.clear();
        assertThat(seen).containsExactly("true/false", "false/true", "true/false", "false/false");
        history.execute(first);
        assertThat(history.nextUndo()).containsSame(first);
        assertThat(history.nextUndo().orElseThrow().description().messageKey()).isEqualTo("edit.field");
        assertThat(history.nextRedo()).isEmpty();
    }
}
