package org.lastmile.ui.common.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.lastmile.common.LocalizedException;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.Problem;

/**
 * The fields of a form and the problems shown next to them. Subclasses build the edited value
 * from the fields on {@link #commit(FormField)}; a problem without a field of its own is shown for
 * the whole form.
 */
public abstract class Form {

    private final List<FormField<?>> fields = new ArrayList<>();
    private final ReadOnlyObjectWrapper<MessageKeyed> formProblem = new ReadOnlyObjectWrapper<>(this, "problem");
    private Runnable onEdited = () -> { };

    /** Tells {@code action} about every keystroke not yet committed (the screen says "not saved"). */
    protected void whenEdited(Runnable action) {
        this.onEdited = action;
    }

    /** A field's text changed and is not committed yet. */
    public void edited(FormField<?> field) {
        onEdited.run();
    }

    protected <T> FormField<T> field(String name, String labelKey, FormField.Kind kind) {
        FormField<T> field = new FormField<>(name, labelKey, kind);
        fields.add(field);
        return field;
    }

    /** A text field holding a whole sentence, shown whole ({@link FormField#longText}). */
    protected FormField<String> longTextField(String name, String labelKey, FormField.Kind kind) {
        return this.<String>field(name, labelKey, kind).longText();
    }

    /** A field choosing one value of an enumeration. */
    protected <E> FormField<E> choice(String name, String labelKey, List<E> values,
            java.util.function.Function<E, String> messageKey) {
        return this.<E>field(name, labelKey, FormField.Kind.CHOICE).choices(values, messageKey);
    }

    /** A field choosing one of {@code values}, each shown by {@code show} (a person by name). */
    protected <E> FormField<E> choiceShown(String name, String labelKey, List<E> values,
            java.util.function.BiFunction<org.lastmile.i18n.Messages, E, String> show) {
        return this.<E>field(name, labelKey, FormField.Kind.CHOICE).shown(values, show);
    }

    /** A yes-or-no field. */
    protected FormField<Boolean> flag(String name, String labelKey) {
        FormField<Boolean> field = field(name, labelKey, FormField.Kind.FLAG);
        field.set(false);
        return field;
    }

    public List<FormField<?>> fields() {
        return List.copyOf(fields);
    }

    public Optional<FormField<?>> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Takes what the user entered in a field: validates the whole form and saves when it is valid. */
    public abstract void commit(FormField<?> changed);

    /** Shows problems next to their fields (after removing {@code prefix} from their names). */
    protected void show(List<Problem> problems, String prefix) {
        clearProblems();
        for (Problem p : problems) {
            String name = p.field().startsWith(prefix) ? p.field().substring(prefix.length()) : p.field();
            Optional<FormField<?>> field = field(name);
            if (field.isPresent()) {
                if (field.get().problemProperty().get() == null) {
                    field.get().setProblem(p);
                }
            } else if (formProblem.get() == null) {
                formProblem.set(p);
            }
        }
    }

    protected void clearProblems() {
        fields.forEach(f -> f.setProblem(null));
        formProblem.set(null);
    }

    /** Parses a field, collecting a parse failure as a problem of that field. */
    protected static <T> T parse(FormField<?> field, java.util.function.Function<String, T> parser,
            List<Problem> problems) {
        try {
            return parser.apply(field.text());
        } catch (LocalizedException e) {
            problems.add(new Problem(field.name(), e.messageKey(), e.messageArgs()));
            return null;
        }
    }

    /** A problem of the form as a whole, or null. */
    public ReadOnlyObjectProperty<MessageKeyed> problemProperty() {
        return formProblem.getReadOnlyProperty();
    }
}
