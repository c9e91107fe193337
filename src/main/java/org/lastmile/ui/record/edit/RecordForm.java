package org.lastmile.ui.record.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.Problem;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.ui.common.form.Form;
import org.lastmile.ui.common.form.FormField;

/**
 * A form over part of the record (time and place, land, survey, …): it shows the record as it is
 * now (after every edit, undo and redo) and turns each committed field into one undoable edit.
 * Problems are shown next to their fields and nothing changes; a sealed record refuses the edit
 * and the form says so.
 */
public abstract class RecordForm extends Form {

    protected final RecordEditor editor;
    private boolean loading;

    protected RecordForm(RecordEditor editor) {
        this.editor = editor;
        // The shared form mechanism (FormView): a keystroke not yet committed is "not saved".
        whenEdited(() -> editor.typing(this, true));
        editor.currentProperty().addListener((obs, old, now) -> reload());
    }

    /** Shows the record's values; subclasses call it at the end of their constructor. */
    protected final void reload() {
        SiteRecord r = editor.current();
        if (r == null) {
            return;
        }
        loading = true;
        try {
            load(r);
        } finally {
            loading = false;
        }
    }

    /** Puts the record's values into the fields. */
    protected abstract void load(SiteRecord r);

    /** The record with the fields applied; adds a problem per field that does not read. */
    protected abstract SiteRecord apply(SiteRecord r, List<Problem> problems);

    /** The undo step's description ("change the place"). */
    protected abstract MessageKeyed description(FormField<?> changed);

    @Override
    public void commit(FormField<?> changed) {
        SiteRecord r = editor.current();
        if (loading || r == null) {
            return; // showing the record's own values is no edit
        }
        List<Problem> problems = new ArrayList<>();
        SiteRecord after = apply(r, problems);
        if (!problems.isEmpty()) {
            show(problems, ""); // the typed text stays on screen, not saved
            return;
        }
        if (after.equals(r)) {
            clearProblems(); // the caret left a field without changing it: nothing to save or refuse
            editor.typing(this, false);
            return;
        }
        Optional<MessageKeyed> refused = editor.edit(x -> after, description(changed),
                getClass().getSimpleName() + "." + changed.name());
        editor.typing(this, false); // now an edit: saving, then saved
        if (refused.isPresent()) {
            show(List.of(new Problem("", refused.get().messageKey(), refused.get().messageArgs())), "");
        } else {
            clearProblems();
        }
    }

    protected static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
