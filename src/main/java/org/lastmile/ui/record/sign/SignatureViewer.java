package org.lastmile.ui.record.sign;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.lastmile.common.Key;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.Stroke;
import org.lastmile.domain.record.StrokePoint;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.controls.WrappingText;

/**
 * A captured signature shown again, large and read-only: the strokes of a pad signature drawn to
 * fill the window, or what a fingerprint or refusal recorded. Nothing in it can change the
 * signature (it has only a Close button), so it is safe on a sealed record.
 */
public final class SignatureViewer {

    static final double WIDTH = 720;
    static final double HEIGHT = 300;

    private final Dialog<Void> dialog = new Dialog<>();
    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);

    public SignatureViewer(ViewContext ui, Participant signer, Signature signature, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.titleProperty().bind(ui.locale().text(m -> m.get("record.signatures.viewTitle",
                SignatureParts.names(signer))));
        dialog.getDialogPane().setId("signature-viewer");
        Label name = new Label(SignatureParts.names(signer));
        name.getStyleClass().add("signer-name");
        ScriptStyle.apply(name, name.getText());
        Label kind = ui.label(ui.locale().text(m -> m.get("record.signatures.viewKind",
                new Key(signature.kind().messageKey()))), "hint");
        kind.setId("signature-viewer-kind");
        VBox box = new VBox(8, name, kind);
        if (!signature.strokes().isEmpty()) {
            canvas.setId("signature-viewer-strokes");
            draw(signature.strokes());
            box.getChildren().add(canvas);
        }
        String said = signature.refusalReason() != null ? signature.refusalReason() : signature.confirmation();
        if (said != null) {
            WrappingText text = new WrappingText(said);
            text.setId("signature-viewer-text");
            ScriptStyle.apply(text, said);
            box.getChildren().add(text);
        }
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        ui.controls().install(dialog.getDialogPane());
        ScriptStyle.applyLanguage(dialog.getDialogPane(), ui.locale().getLanguage());
    }

    // Scaled to fill the canvas with a margin, keeping the proportions the signer wrote them in.
    private void draw(List<Stroke> strokes) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Stroke s : strokes) {
            for (StrokePoint p : s.points()) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        double margin = 24;
        double scale = Math.min((WIDTH - 2 * margin) / Math.max(1, maxX - minX),
                (HEIGHT - 2 * margin) / Math.max(1, maxY - minY));
        double x0 = minX;
        double y0 = minY;
        List<Stroke> fitted = strokes.stream().map(s -> new Stroke(s.points().stream()
                .map(p -> new StrokePoint(margin + (p.x() - x0) * scale, margin + (p.y() - y0) * scale, p.t(),
                        p.pressure())).toList())).toList();
        new StrokeRenderer().drawAll(canvas.getGraphicsContext2D(), WIDTH, HEIGHT, fitted, List.of());
    }

    public void show() {
        dialog.show();
    }

    public Dialog<Void> dialog() {
        return dialog;
    }
}
