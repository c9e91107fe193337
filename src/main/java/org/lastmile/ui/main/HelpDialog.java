package org.lastmile.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ScriptStyle;

/** F1: the keyboard shortcuts, in the current language. */
final class HelpDialog {

    private final ViewContext ui;

    HelpDialog(ViewContext ui) {
        this.ui = ui;
    }

    void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        ui.controls().install(alert);
        alert.headerTextProperty().unbind();
        alert.headerTextProperty().bind(ui.text("help.title"));
        // Wrapped by syllable: the Alert's own content label breaks Tibetan mid-syllable and runs
        // past the dialog (issue 11 item 4).
        org.lastmile.ui.controls.WrappingText shortcuts = org.lastmile.ui.controls.WrappingText.following(
                ui.text("help.shortcuts"));
        shortcuts.setId("help-shortcuts");
        shortcuts.setPrefWidth(560);
        alert.getDialogPane().setContent(shortcuts);
        alert.getDialogPane().getStylesheets().add(ui.fonts().stylesheet());
        ScriptStyle.applyLanguage(alert.getDialogPane(), ui.locale().getLanguage());
        alert.getDialogPane().setId("help-dialog");
        alert.show();
    }
}
