package org.lastmile.ui.record.edit;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.Officer;
import org.lastmile.ui.common.form.Form;

/**
 * What every panel of the record screen shares, given to the panels by the screen's shell: the
 * record being edited, its case and the court's officers, the screen's message line, and the place
 * beside the record where a form (a person, a term, a line of livestock) is filled. The panels
 * depend on this, never on the shell, so the shell can depend on every panel without a cycle.
 */
public interface RecordContext {

    RecordEditor editor();

    /** The case the record belongs to, once read (null before). */
    ReadOnlyObjectProperty<EnforcementCase> caseProperty();

    /** The court's officers, once read. */
    ReadOnlyObjectProperty<List<Officer>> officersProperty();

    /** Shows why an action was refused (or clears the message with null). */
    void say(MessageKeyed why);

    /**
     * Opens a form beside the record when the record can be edited; otherwise says why not.
     *
     * @param form made only when it is opened
     */
    void open(Supplier<? extends Form> form);
}
