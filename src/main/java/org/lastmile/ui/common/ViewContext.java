package org.lastmile.ui.common;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import org.lastmile.i18n.LocaleService;
import org.lastmile.ui.controls.ControlStrings;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.controls.TibetanFonts;
import org.lastmile.ui.controls.WylieInput;

/**
 * What every view needs to show text: the observable locale, the Tibetan font, JavaFX's own
 * strings and Wylie typing. Made once by the composition root and passed to the views; small
 * helpers make labels and buttons that follow the language and never parse mnemonics (an
 * underscore in a Tibetan or Chinese label is text, not a shortcut).
 */
public final class ViewContext {

    private final LocaleService locale;
    private final TibetanFonts fonts;
    private final ControlStrings controls;
    private final Supplier<WylieInput> makeWylie;
    private WylieInput wylie;

    /**
     * @param wylie makes the window's Wylie input when a Tibetan field first needs it (its
     *     converter's tables take a while to load)
     */
    public ViewContext(LocaleService locale, TibetanFonts fonts, ControlStrings controls, Supplier<WylieInput> wylie) {
        this.locale = Objects.requireNonNull(locale);
        this.fonts = Objects.requireNonNull(fonts);
        this.controls = Objects.requireNonNull(controls);
        this.makeWylie = Objects.requireNonNull(wylie);
    }

    public LocaleService locale() {
        return locale;
    }

    public TibetanFonts fonts() {
        return fonts;
    }

    public ControlStrings controls() {
        return controls;
    }

    /** The window's Wylie typing (one switch for every field). */
    public WylieInput wylie() {
        if (wylie == null) {
            wylie = makeWylie.get();
        }
        return wylie;
    }

    /** The message {@code key} in the current language, following switches. */
    public StringBinding text(String key, Object... args) {
        return locale.text(key, args);
    }

    /** A label showing a text that follows the language. */
    public Label label(ObservableStringValue text, String... styleClasses) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** A button labelled in the current language. */
    public Button button(ObservableStringValue text, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(text);
        noMnemonics(button);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A tooltip in the current language. */
    public void tooltip(Node node, ObservableStringValue text) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text);
        Tooltip.install(node, tooltip);
    }

    /** Underscores stay text: Tibetan and Chinese labels have no mnemonics. */
    public static <T extends Labeled> T noMnemonics(T labeled) {
        labeled.setMnemonicParsing(false);
        return labeled;
    }

    /** A text field or area for Tibetan: Wylie typing attached, the bundled font, the edit menu. */
    public <T extends TextInputControl> T tibetanInput(T field) {
        wylie().attach(field);
        ScriptStyle.markTibetan(field);
        controls.install(field);
        return field;
    }

    /** A text field or area for other text, with the edit menu in the current language. */
    public <T extends TextInputControl> T input(T field) {
        controls.install(field);
        ScriptStyle.follow(field, field.textProperty());
        return field;
    }
}
