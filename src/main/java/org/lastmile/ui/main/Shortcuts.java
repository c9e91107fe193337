package org.lastmile.ui.main;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.lastmile.i18n.Language;

/**
 * The window's keyboard shortcuts (listed by F1): Ctrl+F search, Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y)
 * undo and redo of the active screen's saved edits, Ctrl+N a new case, Ctrl+, settings, Ctrl+W
 * close the screen, Alt+1/2/3 中文 / བོད་ཡིག / English, F1 help. Undo is caught before a text field
 * sees it only when the screen has an edit to undo; otherwise the field undoes its own typing.
 */
final class Shortcuts {

    static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEW_CASE = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SETTINGS = new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);
    static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCode[] LANGUAGE_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3};

    private final MainWindow window;
    private final MainViewModel model;

    Shortcuts(MainWindow window, MainViewModel model) {
        this.window = window;
        this.model = model;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
    }

    private void pressed(KeyEvent e) {
        boolean handled = true;
        if (SEARCH.match(e)) {
            window.focusSearch();
        } else if (REDO.match(e) || REDO_Y.match(e)) {
            handled = model.redo();
        } else if (UNDO.match(e)) {
            handled = model.undo();
        } else if (NEW_CASE.match(e)) {
            window.newCase();
        } else if (SETTINGS.match(e)) {
            window.openSettings();
        } else if (CLOSE.match(e)) {
            window.closeActive();
        } else if (QUIT.match(e)) {
            window.quit();
        } else if (HELP.match(e)) {
            window.showHelp();
        } else {
            handled = language(e);
        }
        if (handled) {
            e.consume();
        }
    }

    private boolean language(KeyEvent e) {
        if (!e.isAltDown() || e.isControlDown() || e.isShiftDown()) {
            return false;
        }
        for (int i = 0; i < LANGUAGE_KEYS.length; i++) {
            if (e.getCode() == LANGUAGE_KEYS[i]) {
                window.switchLanguage(Language.values()[i]);
                return true;
            }
        }
        return false;
    }
}
