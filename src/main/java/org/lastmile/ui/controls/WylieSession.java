package org.lastmile.ui.controls;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;
import org.lastmile.i18n.tibetan.Wylie;
import org.lastmile.i18n.tibetan.WylieTyping;

/** Wylie typing in one attached control (see {@link WylieInput}). */
public final class WylieSession {

    private final TextInputControl control;
    private final Wylie wylie;
    private final BooleanProperty enabled;
    private final StringBuilder buffer = new StringBuilder();
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper(this, "pending", "");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final Popup popup = new Popup();
    private final Label popupLabel = new Label();

    private final EventHandler<KeyEvent> onTyped = this::typed;
    private final EventHandler<KeyEvent> onPressed = this::pressed;
    private final ChangeListener<Boolean> onFocus = (obs, old, focused) -> {
        if (!focused) {
            commit();
        }
    };
    private final ChangeListener<Boolean> onEnabled = (obs, old, on) -> {
        if (!on) {
            commit();
        }
    };

    WylieSession(TextInputControl control, Wylie wylie, TibetanFonts fonts, BooleanProperty enabled) {
        this.control = control;
        this.wylie = wylie;
        this.enabled = enabled;
        popupLabel.setFont(fonts.font(20));
        popupLabel.getStyleClass().add("wylie-preview");
        popup.getContent().add(popupLabel);
        popup.setAutoHide(false);
        popup.setHideOnEscape(false); // else the popup takes Escape before the field sees it
        control.addEventFilter(KeyEvent.KEY_TYPED, onTyped);
        control.addEventFilter(KeyEvent.KEY_PRESSED, onPressed);
        control.focusedProperty().addListener(onFocus);
        enabled.addListener(onEnabled);
    }

    /** The Wylie of the syllable being typed, not yet in the control's text. */
    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** The Tibetan of the syllable being typed, as the preview shows it. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Inserts the pending syllable, converted, at the caret. */
    public void commit() {
        if (buffer.length() == 0) {
            return;
        }
        String tibetan = wylie.toUnicode(buffer.toString());
        buffer.setLength(0);
        control.replaceSelection(tibetan);
        update();
    }

    /** Stops Wylie typing in the control; the pending syllable is inserted first. */
    public void detach() {
        commit();
        control.removeEventFilter(KeyEvent.KEY_TYPED, onTyped);
        control.removeEventFilter(KeyEvent.KEY_PRESSED, onPressed);
        control.focusedProperty().removeListener(onFocus);
        enabled.removeListener(onEnabled);
        popup.hide();
    }

    private void typed(KeyEvent event) {
        String typed = event.getCharacter();
        if (!enabled.get() || !control.isEditable() || typed.length() != 1
                || event.isControlDown() || event.isAltDown() || event.isMetaDown() || event.isShortcutDown()) {
            return;
        }
        char c = typed.charAt(0);
        if (c < 0x20 || c > 0x7E) {
            return; // not Wylie: Tibetan or Chinese from an input method goes in as it is
        }
        event.consume();
        buffer.append(c);
        if (Wylie.endsSyllable(c)) {
            commit();
        } else {
            update();
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
            case ENTER, TAB -> commit();
            default -> { }
        }
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
