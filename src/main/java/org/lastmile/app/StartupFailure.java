package org.lastmile.app;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.lastmile.i18n.Language;
import org.lastmile.i18n.LocaleService;
import org.lastmile.ui.common.Problems;
import org.lastmile.ui.controls.ControlStrings;

/**
 * A database the app cannot use (damaged, written by a newer LastMile, a folder it cannot write):
 * one clear message in the user's language, the file left as it was, then the app ends with exit
 * code 2 (as the command line does for bad input). Never a stack trace.
 */
final class StartupFailure {

    /** The dialog: what went wrong in one line of the user's language, and a Close button. */
    Alert dialog(Throwable error) {
        String message = locale.messages().get(Problems.of(error));
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.CLOSE);
        alert.getDialogPane().setId("startup-failure");
        new ControlStrings(locale).install(alert);
        alert.headerTextProperty().unbind();
        alert.headerTextProperty().bind(locale.text("app.error.cannotOpen"));
        alert.getDialogPane().setMinWidth(520);
        return alert;
    }

    /** The exit code after such a failure. */
    static final int EXIT_CODE = 2;

    private final LocaleService locale;

    StartupFailure(Language language) {
        this.locale = new LocaleService(language);
    }

    /** Shows the message and ends the app when it is closed. */
    void show(Throwable error, Stage owner) {
        Alert alert = dialog(error);
        System.err.println(alert.getContentText());
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.showAndWait();
        Platform.exit();
        System.exit(EXIT_CODE);
    }
}
