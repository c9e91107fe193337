package org.lastmile.ui.record.seal;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.lastmile.domain.record.seal.SealCheck;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.controls.WrappingText;
import org.lastmile.ui.record.sign.SignatureCaptureView;

/**
 * The seal of a record as people and scanners read it: the short code, the QR code of the full
 * seal, when and by whom it was sealed, and — once checked — "verified" or what changed.
 * Set {@link #sealProperty()} (null: no code, no QR) and, once verified, {@link #checkProperty()}.
 */
public final class SealBadge {

    private final ObjectProperty<SealInfo> seal = new SimpleObjectProperty<>(this, "seal");
    private final ObjectProperty<SealCheck> check = new SimpleObjectProperty<>(this, "check");
    private final ImageView qr = new ImageView();
    private final QrBesideText root;

    public SealBadge(ViewContext ui, SealTexts texts) {
        Objects.requireNonNull(texts);
        Label title = ui.label(ui.text("seal.badge.title"), "section-title");
        Label codeLabel = ui.label(ui.text("seal.badge.code"), "form-label");
        Label code = new Label();
        code.setId("seal-code");
        code.getStyleClass().add("seal-code");
        code.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> seal.get() == null ? "" : seal.get().code(), seal));
        WrappingText sealed = new WrappingText();
        sealed.textProperty().bind(ui.locale().text(() -> texts.sealed(ui.locale().messages(), seal.get()), seal));
        sealed.setId("seal-sealed");
        ScriptStyle.follow(sealed, sealed.textProperty());
        WrappingText checked = new WrappingText();
        checked.setId("seal-check");
        checked.getStyleClass().add("seal-check");
        checked.textProperty().bind(ui.locale().text(() -> texts.check(ui.locale().messages(), check.get()), check));
        check.addListener((obs, old, now) -> mark(checked, now));
        mark(checked, null);
        qr.setId("seal-qr");
        qr.setSmooth(false);
        qr.accessibleTextProperty().bind(ui.text("seal.badge.qr"));
        seal.addListener((obs, old, now) -> qr.setImage(now == null ? null : QrImage.of(now.qrPayload())));
        VBox text = new VBox(4, title, codeLabel, code, sealed, checked);
        text.setMaxWidth(360);
        root = new QrBesideText(qr, text, code);
        root.setPadding(new Insets(4));
        root.getStyleClass().add("seal-badge");
        root.getStylesheets().add(Objects.requireNonNull(
                SignatureCaptureView.class.getResource(SignatureCaptureView.STYLESHEET)).toExternalForm());
    }

    private static void mark(WrappingText node, SealCheck now) {
        node.getStyleClass().removeAll("intact", "changed", "unchecked");
        node.getStyleClass().add(now == null ? "unchecked" : now.intact() ? "intact" : "changed");
    }

    /** The seal shown, or null. */
    public ObjectProperty<SealInfo> sealProperty() {
        return seal;
    }

    /** The result of re-checking the seal, or null when not checked. */
    public ObjectProperty<SealCheck> checkProperty() {
        return check;
    }

    /** The QR image shown (for tests and for printing the same image). */
    public ImageView qrView() {
        return qr;
    }

    public Region node() {
        return root;
    }
}
