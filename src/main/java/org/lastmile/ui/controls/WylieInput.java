package org.lastmile.ui.controls;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.lastmile.i18n.LocaleService;
import org.lastmile.i18n.tibetan.Wylie;

/**
 * Wylie (EWTS) typing for any text field or area that takes Tibetan, for laptops without a
 * Tibetan keyboard. While it is on, Latin letters typed into an attached control are held as the
 * syllable being typed and shown as Tibetan in a small preview under the control; a space (tsheg),
 * {@code /} (shad) or other Wylie punctuation converts the syllable and inserts the Tibetan, as
 * does Enter, leaving the field, or switching Wylie off. Backspace first takes back a Latin
 * letter of the pending syllable, then works as usual (one code point). Escape drops the pending
 * syllable. {@value #SHORTCUT_TEXT} switches it on and off in any attached control.
 *
 * <p>One instance per window, made with the switch it follows (for example a view model's
 * setting), so that all fields share the same state.
 */
public final class WylieInput {

    /** The shortcut that switches Wylie typing on and off. */
    public static final KeyCombination TOGGLE =
            new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** The shortcut as the tooltip shows it (the same on every platform this app ships on). */
    public static final String SHORTCUT_TEXT = "Ctrl+Shift+W";

    private final Wylie wylie;
    private final TibetanFonts fonts;
    private final BooleanProperty enabled;
    private final ObservableBooleanValue tibetanDigits;

    public WylieInput(Wylie wylie, TibetanFonts fonts, BooleanProperty enabled) {
        this(wylie, fonts, enabled, new SimpleBooleanProperty(false));
    }

    /**
     * @param tibetanDigits the setting "Tibetan digits": while off, digits typed in Wylie mode
     *     stay Arabic (what official documents use); while on, they become ༠ … ༩
     */
    public WylieInput(Wylie wylie, TibetanFonts fonts, BooleanProperty enabled, ObservableBooleanValue tibetanDigits) {
        this.wylie = Objects.requireNonNull(wylie);
        this.fonts = Objects.requireNonNull(fonts);
        this.enabled = Objects.requireNonNull(enabled);
        this.tibetanDigits = Objects.requireNonNull(tibetanDigits);
    }

    /** Whether Wylie typing is on. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /**
     * Makes a control whose text is always Tibetan take Wylie typing; detach the returned session
     * when the control goes away.
     */
    public WylieSession attach(TextInputControl control) {
        return attach(control, new SimpleBooleanProperty(true));
    }

    /**
     * Makes a control take Wylie typing while {@code tibetan} holds (the language chosen for the
     * field's text is Tibetan): a field set to Chinese keeps Latin letters and digits as typed.
     */
    public WylieSession attach(TextInputControl control, ObservableBooleanValue tibetan) {
        return new WylieSession(control, wylie, fonts, enabled, tibetan, tibetanDigits);
    }

    /** A toggle button for the switch, labelled in the current language. */
    public ToggleButton toggleButton(LocaleService locale) {
        ToggleButton button = new ToggleButton();
        button.textProperty().bind(locale.text("input.wylie.toggle"));
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(locale.text("input.wylie.toggle.tooltip", SHORTCUT_TEXT));
        button.setTooltip(tooltip);
        button.selectedProperty().bindBidirectional(enabled);
        button.setFocusTraversable(false);
        return button;
    }
}
