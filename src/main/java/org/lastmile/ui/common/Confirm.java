package org.lastmile.ui.common;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.lastmile.common.MessageKeyed;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.controls.WrappingText;

/**
 * Asks before an action that one stray key must not do (take back a signature, seal a record):
 * the question in the current language, wrapped by syllable, with the action's own verb on one
 * button and Cancel on the other. Cancel is the default button, so Enter or Space on whatever has
 * the focus does not confirm.
 */
public final class Confirm {

    private Confirm() {
    }

    /**
     * @param confirmKey the bundle key of the confirming button's label (the action's verb)
     * @return whether the user confirmed
     */
    public static boolean ask(ViewContext ui, Window owner, MessageKeyed question, String confirmKey) {
        ButtonType confirm = new ButtonType(ui.locale().get(confirmKey), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", confirm, ButtonType.CANCEL);
        if (owner != null) {
            alert.initOwner(owner);
        }
        ui.controls().install(alert);
        alert.headerTextProperty().unbind();
        alert.setHeaderText(null);
        WrappingText text = new WrappingText(ui.locale().messages().get(question));
        text.setPrefWidth(420);
        text.getStyleClass().add("confirm-question");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().getStylesheets().add(ui.fonts().stylesheet());
        ScriptStyle.applyLanguage(alert.getDialogPane(), ui.locale().getLanguage());
        alert.getDialogPane().setId("confirm-dialog");
        Button ok = (Button) alert.getDialogPane().lookupButton(confirm);
        ok.setId("confirm-ok");
        ok.setDefaultButton(false);
        Button cancel = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("confirm-cancel");
        cancel.setDefaultButton(true);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == confirm;
    }
}
