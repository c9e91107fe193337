package org.lastmile.ui.controls;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;

/**
 * The strings of JavaFX's own controls (dialog buttons, the text field menu, the empty table) in
 * the interface language, re-labelled live when the language changes. JavaFX reads these strings
 * once, when a control's skin or a dialog's button is made, from
 * {@code com/sun/javafx/scene/control/skin/resources/controls*.properties} for
 * {@code Locale.getDefault()}; LastMile ships {@code controls_zh}, {@code controls_bo} and
 * {@code controls_en} there. Controls made after a switch pick the new language up through
 * {@link JavaFxDefaultLocale}; controls already on screen are re-labelled by what this class
 * installs on them.
 */
public final class ControlStrings {

    /** The base name of JavaFX's control bundles (and of LastMile's additions to them). */
    public static final String BUNDLE = "com/sun/javafx/scene/control/skin/resources/controls";

    private static final Map<ButtonType, String> BUTTON_KEYS = Map.of(
            ButtonType.OK, "Dialog.ok.button",
            ButtonType.CANCEL, "Dialog.cancel.button",
            ButtonType.YES, "Dialog.yes.button",
            ButtonType.NO, "Dialog.no.button",
            ButtonType.CLOSE, "Dialog.close.button",
            ButtonType.APPLY, "Dialog.apply.button",
            ButtonType.FINISH, "Dialog.finish.button",
            ButtonType.NEXT, "Dialog.next.button",
            ButtonType.PREVIOUS, "Dialog.previous.button");

    private static final ResourceBundle.Control NO_FALLBACK = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return List.of(new Locale(locale.getLanguage()));
        }
    };

    private final LocaleService locale;

    public ControlStrings(LocaleService locale) {
        this.locale = locale;
    }

    /** The bundle of a language, without falling back to another language. */
    public static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK);
    }

    /** A control string in the current language, for example {@code Dialog.ok.button}. */
    public String get(String key) {
        try {
            return bundle(locale.getLanguage()).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** A control string that follows the language. */
    public StringBinding text(String key) {
        return Bindings.createStringBinding(() -> get(key), locale.languageProperty());
    }

    /** The bundle key of a standard button type, or null for an application's own. */
    public static String keyOf(ButtonType type) {
        return BUTTON_KEYS.get(type);
    }

    /**
     * Gives a text field or area the standard edit menu (undo, redo, cut, copy, paste, delete,
     * select all) labelled in the current language; JavaFX's default menu keeps the language it
     * was made in.
     */
    public void install(TextInputControl control) {
        boolean secret = control instanceof PasswordField;
        MenuItem undo = item("TextInputControl.menu.Undo", control::undo);
        undo.disableProperty().bind(control.undoableProperty().not());
        MenuItem redo = item("TextInputControl.menu.Redo", control::redo);
        redo.disableProperty().bind(control.redoableProperty().not());
        MenuItem cut = item("TextInputControl.menu.Cut", control::cut);
        MenuItem copy = item("TextInputControl.menu.Copy", control::copy);
        MenuItem paste = item("TextInputControl.menu.Paste", control::paste);
        MenuItem delete = item("TextInputControl.menu.DeleteSelection",
                () -> control.deleteText(control.getSelection()));
        MenuItem selectAll = item("TextInputControl.menu.SelectAll", control::selectAll);
        ContextMenu menu = new ContextMenu();
        if (secret) {
            menu.getItems().addAll(paste, delete, new SeparatorMenuItem(), selectAll);
        } else {
            menu.getItems().addAll(undo, redo, cut, copy, paste, delete, new SeparatorMenuItem(), selectAll);
        }
        menu.setOnShowing(e -> {
            boolean selection = control.getSelection().getLength() > 0;
            boolean editable = control.isEditable();
            cut.setDisable(!selection || !editable);
            copy.setDisable(!selection);
            delete.setDisable(!selection || !editable);
            paste.setDisable(!editable || !Clipboard.getSystemClipboard().hasString());
            selectAll.setDisable(control.getLength() == 0);
        });
        control.setContextMenu(menu);
    }

    /** Labels the standard buttons of a dialog in the current language, now and after a switch. */
    public void install(DialogPane pane) {
        relabel(pane);
        pane.getButtonTypes().addListener((ListChangeListener<ButtonType>) change -> relabel(pane));
    }

    /** Labels an alert's buttons, and its title and header as JavaFX would for its type. */
    public void install(Alert alert) {
        install(alert.getDialogPane());
        String kind = switch (alert.getAlertType()) {
            case ERROR -> "error";
            case INFORMATION -> "info";
            case WARNING -> "warning";
            case CONFIRMATION -> "confirm";
            case NONE -> null;
        };
        if (kind != null) {
            alert.titleProperty().bind(text("Dialog." + kind + ".title"));
            alert.headerTextProperty().bind(text("Dialog." + kind + ".header"));
        }
    }

    /** Gives an empty table the "no content" placeholder in the current language. */
    public void install(TableView<?> table) {
        table.setPlaceholder(placeholder());
    }

    /** Gives an empty tree table the "no content" placeholder in the current language. */
    public void install(TreeTableView<?> table) {
        table.setPlaceholder(placeholder());
    }

    /** Installs the above on every text input, table and dialog pane under a node. */
    public void installAll(Node node) {
        if (node instanceof TextInputControl text && text.getContextMenu() == null) {
            install(text);
        } else if (node instanceof TableView<?> table) {
            install(table);
        } else if (node instanceof TreeTableView<?> table) {
            install(table);
        } else if (node instanceof DialogPane pane) {
            install(pane);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                installAll(child);
            }
        }
    }

    private Label placeholder() {
        Label label = new Label();
        label.textProperty().bind(text("TableView.noContent"));
        return label;
    }

    private void relabel(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = keyOf(type);
            Node node = pane.lookupButton(type);
            if (key != null && node instanceof Button button && !button.textProperty().isBound()) {
                button.textProperty().bind(text(key));
            }
        }
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(text(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
