package org.lastmile.ui.controls;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;
import org.lastmile.i18n.tibetan.Wylie;
import org.lastmile.i18n.tibetan.WylieTyping;

/** Wylie typing in one attached control (see {@link WylieInput}). */
public final class WylieSession {

    /** How much Wylie typed just before is kept as context for the converter (a few syllables). */
    private static final int CONTEXT = 24;

    private final TextInputControl control;
    private final Wylie wylie;
    private final BooleanProperty enabled;
    private final ObservableBooleanValue tibetan;
    private final ObservableBooleanValue tibetanDigits;
    private final StringBuilder buffer = new StringBuilder();
    /** The Wylie committed just before the caret, while the user keeps typing at that place. */
    private final StringBuilder context = new StringBuilder();
    private int contextCaret = -1;
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper(this, "pending", "");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final Popup popup = new Popup();
    private final Label popupLabel = new Label();

    private final EventHandler<KeyEvent> onTyped = this::typed;
    private final EventHandler<KeyEvent> onPressed = this::pressed;
    private final EventHandler<InputMethodEvent> onInputMethod = this::inputMethod;
    private final ChangeListener<Boolean> onFocus = (obs, old, focused) -> {
        if (!focused) {
            commit();
            forgetContext();
        }
    };
    private final ChangeListener<Boolean> onActive = (obs, old, on) -> {
        if (!on) {
            commit();
            forgetContext();
        }
    };

    WylieSession(TextInputControl control, Wylie wylie, TibetanFonts fonts, BooleanProperty enabled,
            ObservableBooleanValue tibetan, ObservableBooleanValue tibetanDigits) {
        this.control = control;
        this.wylie = wylie;
        this.enabled = enabled;
        this.tibetan = tibetan;
        this.tibetanDigits = tibetanDigits;
        popupLabel.setFont(fonts.font(20));
        popupLabel.getStyleClass().add("wylie-preview");
        popup.getContent().add(popupLabel);
        popup.setAutoHide(false);
        popup.setHideOnEscape(false); // else the popup takes Escape before the field sees it
        control.addEventFilter(KeyEvent.KEY_TYPED, onTyped);
        control.addEventFilter(KeyEvent.KEY_PRESSED, onPressed);
        control.addEventFilter(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, onInputMethod);
        control.focusedProperty().addListener(onFocus);
        enabled.addListener(onActive);
        tibetan.addListener(onActive);
    }

    /** The Wylie of the syllable being typed, not yet in the control's text. */
    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** The Tibetan of the syllable being typed, as the preview shows it. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Whether typing in this control is Wylie now: switched on, and the field's text is Tibetan. */
    public boolean active() {
        return enabled.get() && tibetan.get();
    }

    /**
     * Inserts the pending syllable, converted, at the caret. The Wylie typed just before it at the
     * same place is its context: {@code /} then space gives ། and a space, {@code //} gives ༎.
     */
    public void commit() {
        if (buffer.length() == 0) {
            return;
        }
        if (contextCaret != control.getCaretPosition() || control.getSelection().getLength() > 0) {
            forgetContext(); // the user moved or selected: what is before the caret is not ours
        }
        Wylie.Continuation change = wylie.continueTyping(context.toString(), buffer.toString());
        int caret = control.getCaretPosition();
        String before = control.getText() == null ? "" : control.getText().substring(0, caret);
        if (change.replaced().isEmpty()) {
            control.replaceSelection(change.inserted());
        } else if (before.endsWith(change.replaced())) {
            control.selectRange(caret - change.replaced().length(), caret);
            control.replaceSelection(change.inserted());
        } else {
            control.replaceSelection(wylie.toUnicode(buffer.toString())); // the context is gone
        }
        context.append(buffer);
        trimContext();
        contextCaret = control.getCaretPosition();
        buffer.setLength(0);
        update();
    }

    /** Stops Wylie typing in the control; the pending syllable is inserted first. */
    public void detach() {
        commit();
        control.removeEventFilter(KeyEvent.KEY_TYPED, onTyped);
        control.removeEventFilter(KeyEvent.KEY_PRESSED, onPressed);
        control.removeEventFilter(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, onInputMethod);
        control.focusedProperty().removeListener(onFocus);
        enabled.removeListener(onActive);
        tibetan.removeListener(onActive);
        popup.hide();
    }

    private void typed(KeyEvent event) {
        String typed = event.getCharacter();
        if (typed.isEmpty() || event.isControlDown() || event.isAltDown() || event.isMetaDown()
                || event.isShortcutDown()) {
            return;
        }
        if (!active() || !control.isEditable()) {
            return;
        }
        char c = typed.charAt(0);
        if (typed.length() != 1 || c < 0x20 || c > 0x7E || keepsAsTyped(c)) {
            // Not Wylie: Tibetan or Chinese from an input method, an Arabic digit, a decimal point.
            // The syllable waiting goes in first, so the text stays in the order it was typed.
            commit();
            forgetContext();
            return;
        }
        event.consume();
        buffer.append(c);
        if (Wylie.endsSyllable(c)) {
            commit();
        } else {
            update();
        }
    }

    /**
     * Digits stay Arabic unless Tibetan digits are chosen; so do the point or comma in 6.6 and
     * the space after a number (a real space: a tsheg belongs after a syllable).
     */
    private boolean keepsAsTyped(char c) {
        if (tibetanDigits.get()) {
            return false;
        }
        if (c >= '0' && c <= '9') {
            return true;
        }
        int caret = control.getCaretPosition();
        String text = control.getText();
        return buffer.length() == 0 && (c == '.' || c == ',' || c == ' ') && caret > 0 && text != null
                && Character.isDigit(text.charAt(caret - 1)) && text.charAt(caret - 1) < 0x80;
    }

    private void inputMethod(InputMethodEvent event) {
        if (!event.getCommitted().isEmpty() || !event.getComposed().isEmpty()) {
            commit(); // Chinese from an input method arrives after the syllable typed before it
            forgetContext();
        }
    }

    private void pressed(KeyEvent event) {
        if (WylieInput.TOGGLE.match(event)) {
            enabled.set(!enabled.get());
            event.consume();
            return;
        }
        if (buffer.length() == 0) {
            return;
        }
        switch (event.getCode()) {
            case BACK_SPACE -> {
                buffer.setLength(buffer.length() - 1);
                update();
                event.consume();
            }
            case ESCAPE -> {
                buffer.setLength(0);
                update();
                event.consume();
            }
            case ENTER, TAB -> {
                commit();
                forgetContext();
            }
            default -> { }
        }
    }

    private void forgetContext() {
        context.setLength(0);
        contextCaret = -1;
    }

    /** Keeps the last few syllables, cut where a syllable starts. */
    private void trimContext() {
        if (context.length() <= CONTEXT) {
            return;
        }
        for (int i = context.length() - CONTEXT; i < context.length(); i++) {
            if (Wylie.endsSyllable(context.charAt(i - 1)) && !Wylie.endsSyllable(context.charAt(i))) {
                context.delete(0, i);
                return;
            }
        }
        context.delete(0, context.length() - CONTEXT);
    }

    private void update() {
        WylieTyping typing = wylie.typing(buffer.toString());
        pending.set(buffer.toString());
        preview.set(typing.committed() + typing.preview());
        if (buffer.length() == 0) {
            popup.hide();
            return;
        }
        popupLabel.setText(preview.get() + "   " + buffer);
        showPopup();
    }

    private void showPopup() {
        if (control.getScene() == null || control.getScene().getWindow() == null
                || !control.getScene().getWindow().isShowing()) {
            return;
        }
        Bounds bounds = control.localToScreen(control.getBoundsInLocal());
        if (bounds != null) {
            popup.show(control, bounds.getMinX(), bounds.getMaxY());
        }
    }
}
