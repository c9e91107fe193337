package org.lastmile.ui.record.sign;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.lastmile.domain.record.Signature;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ScriptStyle;

/**
 * The signature view in a modal dialog. OK confirms through the view model: a problem keeps the
 * dialog open with the problem at its field; once the signature is made (its image stored on the
 * background executor) the dialog closes with it. Cancel closes with nothing.
 */
public final class SignatureCaptureDialog {

    private final Dialog<Signature> dialog = new Dialog<>();
    private final SignatureCaptureView view;

    public SignatureCaptureDialog(ViewContext ui, SignatureCaptureViewModel model, FingerprintFiles files,
            Window owner) {
        this.view = new SignatureCaptureView(ui, model, files);
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        } else {
            dialog.getDialogPane().getStylesheets().add(ui.fonts().stylesheet());
        }
        dialog.titleProperty().bind(ui.locale().text(m -> m.get("signature.dialog.title",
                SignatureParts.names(model.signer()))));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("signature-dialog");
        dialog.getDialogPane().setContent(scrolling(view.node()));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ui.controls().install(dialog.getDialogPane());
        ScriptStyle.applyLanguage(dialog.getDialogPane(), ui.locale().getLanguage());
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("signature-confirm");
        ok.disableProperty().bind(model.busyProperty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // closes only when the signature is made
            model.confirm();
        });
        dialog.setResultConverter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE
                ? model.signatureProperty().get() : null);
        model.signatureProperty().addListener((obs, old, made) -> {
            if (made != null) {
                dialog.setResult(made);
                dialog.close();
            }
        });
    }

    /**
     * The view in a scroll pane no taller than the screen leaves room for: in fingerprint mode on a
     * 768 px screen the view grew past the bottom and took Cancel and OK with it (issue 11, item 10).
     */
    private static javafx.scene.Node scrolling(javafx.scene.layout.Region content) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setId("signature-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        double room = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() - 150; // title and buttons
        scroll.setMaxHeight(room);
        scroll.prefViewportHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(room, content.prefHeight(content.getWidth() > 0 ? content.getWidth() : -1)),
                content.heightProperty(), content.widthProperty()));
        return scroll;
    }

    /** Shows the dialog and waits: the signature, or empty when cancelled. */
    public Optional<Signature> showAndWait() {
        return dialog.showAndWait();
    }

    /** Shows the dialog without waiting (its result arrives through the view model). */
    public void show() {
        dialog.show();
    }

    public Dialog<Signature> dialog() {
        return dialog;
    }

    public SignatureCaptureView view() {
        return view;
    }
}
