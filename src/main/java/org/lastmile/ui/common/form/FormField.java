package org.lastmile.ui.common.form;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.lastmile.common.MessageKeyed;
import org.lastmile.i18n.Messages;

/**
 * One field of a form: its value as the user entered it (text, or a chosen value), its label, and
 * the problem to show next to it (null when there is none).
 *
 * @param <T> {@code String} for text fields, an enum for choices
 */
public final class FormField<T> {

    /** What kind of control shows the field. */
    public enum Kind {
        /** Text in any script. */
        TEXT,
        /** Text that takes Tibetan: Wylie typing and the Tibetan font. */
        TIBETAN,
        /** A date typed as text ({@link DateInput}). */
        DATE,
        /** One of a fixed set of values. */
        CHOICE,
        /** Yes or no, a check box ({@code FormField<Boolean>}). */
        FLAG
    }

    private final String name;
    private final String labelKey;
    private final Kind kind;
    private final ObjectProperty<T> value = new SimpleObjectProperty<>(this, "value");
    private final ReadOnlyObjectWrapper<MessageKeyed> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private List<T> choices = List.of();
    private Function<T, String> keyOf = String::valueOf;
    private BiFunction<Messages, T, String> show = (m, v) -> m.get(keyOf.apply(v));
    private boolean noneAllowed;
    private boolean longText;
    private final javafx.beans.property.BooleanProperty applies =
            new javafx.beans.property.SimpleBooleanProperty(this, "applies", true);

    /**
     * @param name the field's name, as domain problems name it ({@code idNumber}, {@code filingDate})
     * @param labelKey the message key of its label
     */
    public FormField(String name, String labelKey, Kind kind) {
        this.name = name;
        this.labelKey = labelKey;
        this.kind = kind;
    }

    /**
     * Whether the field applies now (for example the interpreter's pledge only to an
     * interpreter); a field that does not apply is not shown.
     */
    public javafx.beans.property.BooleanProperty appliesProperty() {
        return applies;
    }

    /** Makes this a choice among {@code values}, each shown by its message key. */
    FormField<T> choices(List<T> values, Function<T, String> messageKey) {
        this.choices = List.copyOf(values);
        this.keyOf = messageKey;
        this.show = (m, v) -> m.get(messageKey.apply(v));
        return this;
    }

    /** Makes this a choice among {@code values}, each shown as {@code show} makes its text (a name). */
    FormField<T> shown(List<T> values, BiFunction<Messages, T, String> show) {
        this.choices = List.copyOf(values);
        this.show = show;
        return this;
    }

    /** Lets a choice be left empty ("none"). */
    public FormField<T> allowNone() {
        noneAllowed = true;
        return this;
    }

    public boolean noneAllowed() {
        return noneAllowed;
    }

    /**
     * Makes a text field hold a whole sentence (a clause, a description of a place): shown whole,
     * wrapped inside its box, rather than scrolled in one line ({@link LongTextInput}).
     */
    public FormField<T> longText() {
        longText = true;
        return this;
    }

    public boolean isLongText() {
        return longText;
    }

    /** How a choice is shown in the current messages. */
    public BiFunction<Messages, T, String> show() {
        return show;
    }

    /** The values of a choice field. */
    public List<T> choices() {
        return choices;
    }

    /** The message key of a choice. */
    public Function<T, String> keyOf() {
        return keyOf;
    }

    public String name() {
        return name;
    }

    public String labelKey() {
        return labelKey;
    }

    public Kind kind() {
        return kind;
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public T get() {
        return value.get();
    }

    public void set(T newValue) {
        value.set(newValue);
    }

    /** The text of a text field, never null. */
    public String text() {
        T v = value.get();
        return v == null ? "" : v.toString();
    }

    public ReadOnlyObjectProperty<MessageKeyed> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void setProblem(MessageKeyed value) {
        problem.set(value);
    }
}
