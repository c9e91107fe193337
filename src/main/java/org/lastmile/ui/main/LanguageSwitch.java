package org.lastmile.ui.main;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ScriptStyle;

/**
 * The always-visible language switch: 中文 / བོད་ཡིག / English, each written in its own language (from
 * its own bundle), so that whoever needs it finds it whatever the interface shows now.
 */
final class LanguageSwitch {

    private final HBox box = new HBox();
    private final ToggleGroup group = new ToggleGroup();

    /** @param switcher switches the interface to a language (the window times it and keeps the focus) */
    LanguageSwitch(ViewContext ui, ObjectProperty<Language> language, Consumer<Language> switcher) {
        box.getStyleClass().add("language-switch");
        box.setId("language-switch");
        for (Language l : Language.values()) {
            ToggleButton button = ViewContext.noMnemonics(new ToggleButton(Messages.of(l).get("language.self")));
            button.setId("language-" + l.tag());
            button.setUserData(l);
            button.setToggleGroup(group);
            button.setFocusTraversable(false);
            ScriptStyle.apply(button, button.getText());
            ui.tooltip(button, ui.text("main.language.tooltip", "Alt+" + (l.ordinal() + 1)));
            button.setSelected(l == language.get());
            // As tall as the tallest (བོད་ཡིག, in the Tibetan font): side by side at one height,
            // not one button hanging below the other two.
            button.setMaxHeight(Double.MAX_VALUE);
            box.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // a switch, not an option: one language is always chosen
            } else {
                if (now.getUserData() != language.get()) {
                    switcher.accept((Language) now.getUserData());
                }
            }
        });
        language.addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
    }

    HBox view() {
        return box;
    }
}
