package org.lastmile.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.lastmile.i18n.LocaleService;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.controls.ScriptStyle;

/**
 * A value to choose from a list, where {@code null} stands for "any" (a filter) or "none"; shown
 * through its message key in the current language, re-labelled when the language changes.
 *
 * @param value the value, or null
 */
public record Choice<E>(E value) {

    /**
     * A combo box offering {@code values} (and first the null choice labelled {@code nullText},
     * when given), kept in step with {@code property} both ways.
     *
     * @param keyOf the message key of a value
     * @param nullText the text of the null choice, or null to offer no null choice
     */
    public static <E> ComboBox<Choice<E>> comboBox(LocaleService locale, List<E> values,
            Function<E, String> keyOf, Function<Messages, String> nullText, ObjectProperty<E> property) {
        return shown(locale, values, (m, v) -> m.get(keyOf.apply(v)), nullText, property);
    }

    /**
     * Like {@link #comboBox} for values that are shown by more than a message key (a person by
     * name and role): {@code show} makes a value's text from the current messages.
     */
    public static <E> ComboBox<Choice<E>> shown(LocaleService locale, List<E> values,
            BiFunction<Messages, E, String> show, Function<Messages, String> nullText, ObjectProperty<E> property) {
        List<Choice<E>> items = new ArrayList<>();
        if (nullText != null) {
            items.add(new Choice<>(null));
        }
        values.forEach(v -> items.add(new Choice<>(v)));
        ComboBox<Choice<E>> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setCellFactory(list -> new LocalizedCell<>(locale, show, nullText));
        box.setButtonCell(new LocalizedCell<>(locale, show, nullText));
        box.setValue(new Choice<>(property.get()));
        box.valueProperty().addListener((obs, old, now) -> property.set(now == null ? null : now.value()));
        property.addListener((obs, old, now) -> {
            if (box.getValue() == null || box.getValue().value() != now) {
                box.setValue(new Choice<>(now));
            }
        });
        return box;
    }

    /** A cell that shows a choice in the current language. */
    static final class LocalizedCell<E> extends ListCell<Choice<E>> {

        private final LocaleService locale;
        private final BiFunction<Messages, E, String> show;
        private final Function<Messages, String> nullText;

        LocalizedCell(LocaleService locale, BiFunction<Messages, E, String> show, Function<Messages, String> nullText) {
            this.locale = locale;
            this.show = show;
            // A Tibetan name among the choices needs the Tibetan font (ScriptStyle).
            ScriptStyle.follow(this, textProperty());
            this.nullText = nullText;
        }

        @Override
        protected void updateItem(Choice<E> item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
            } else if (item.value() == null) {
                textProperty().bind(locale.text(nullText == null ? m -> "" : nullText));
            } else {
                textProperty().bind(locale.text(m -> show.apply(m, item.value())));
            }
        }
    }
}
