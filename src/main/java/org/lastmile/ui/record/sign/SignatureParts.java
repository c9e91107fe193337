package org.lastmile.ui.record.sign;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.record.Participant;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.controls.WrappingText;

/** The three panels of the signature view (pad, fingerprint photo, refusal) and their problem labels. */
public final class SignatureParts {

    private final ViewContext ui;
    private final SignatureCaptureViewModel model;

    SignatureParts(ViewContext ui, SignatureCaptureViewModel model) {
        this.ui = ui;
        this.model = model;
    }

    /** The pad, kept in step with the model, with undo-stroke and clear. */
    Node padPanel(SignaturePad pad) {
        Bindings.bindContent(model.strokes(), pad.strokes());
        pad.widthProperty().addListener(o -> model.padSize(pad.getWidth(), pad.getHeight()));
        pad.heightProperty().addListener(o -> model.padSize(pad.getWidth(), pad.getHeight()));
        pad.accessibleTextProperty().bind(ui.text("signature.view.padHint"));
        Button undo = ui.button(ui.text("signature.view.undoStroke"), pad::undoLastStroke);
        undo.setId("pad-undo");
        undo.disableProperty().bind(pad.emptyProperty());
        Button clear = ui.button(ui.text("signature.view.clear"), pad::clear);
        clear.setId("pad-clear");
        clear.disableProperty().bind(pad.emptyProperty());
        Label hint = ui.label(ui.text("signature.view.padHint"), "hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, hint, spacer, undo, clear);
        return new VBox(6, pad, actions, problem(model.problemProperty(SignatureField.PAD), "pad-problem"));
    }

    /** A button that asks for the photo, its preview and its file name. */
    Node fingerprintPanel(FingerprintFiles files, Supplier<Window> owner) {
        Button choose = ui.button(ui.text("signature.view.choosePhoto"),
                () -> files.choose(owner.get()).ifPresent(model::useFingerprint));
        choose.setId("fingerprint-choose");
        choose.disableProperty().bind(model.busyProperty());
        ImageView preview = new ImageView();
        preview.setFitWidth(160);
        preview.setFitHeight(160);
        preview.setPreserveRatio(true);
        preview.getStyleClass().add("fingerprint-preview");
        Label file = new Label();
        file.setId("fingerprint-file");
        model.fingerprintFileProperty().addListener((obs, old, now) -> {
            preview.setImage(now == null ? null : new Image(now.toUri().toString(), 160, 160, true, true, true));
            file.setText(now == null ? "" : now.getFileName().toString());
        });
        WrappingText hint = new WrappingText();
        hint.textProperty().bind(ui.text("signature.view.fingerprintHint"));
        hint.getStyleClass().add("hint");
        return new VBox(6, hint, new HBox(10, choose, file), preview,
                problem(model.problemProperty(SignatureField.FINGERPRINT), "fingerprint-problem"));
    }

    /** The reason (required) and the witness, chosen among those present. */
    Node refusalPanel() {
        TextArea reason = ui.input(new TextArea());
        reason.setId("refusal-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(model.refusalReasonProperty());
        ComboBox<Participant> witness = new ComboBox<>();
        witness.setId("refusal-witness");
        witness.getItems().setAll(model.witnessChoices());
        witness.setCellFactory(list -> new ParticipantCell());
        witness.setButtonCell(new ParticipantCell());
        witness.valueProperty().bindBidirectional(model.witnessProperty());
        witness.setMaxWidth(Double.MAX_VALUE);
        Label reasonLabel = ui.label(ui.text("signature.view.reason"), "form-label");
        reasonLabel.setLabelFor(reason);
        Label witnessLabel = ui.label(ui.text("signature.view.witness"), "form-label");
        witnessLabel.setLabelFor(witness);
        return new VBox(4, reasonLabel, reason,
                problem(model.problemProperty(SignatureField.REFUSAL_REASON), "refusal-reason-problem"),
                witnessLabel, witness,
                problem(model.problemProperty(SignatureField.REFUSAL_WITNESS), "refusal-witness-problem"));
    }

    /**
     * The problem under a field in the current language; takes no room when there is none. A
     * {@link WrappingText}, since a wrapped Label breaks Tibetan wrongly.
     */
    WrappingText problem(ObservableValue<MessageKeyed> problem, String id) {
        WrappingText label = new WrappingText();
        label.setId(id);
        label.getStyleClass().add("field-problem");
        label.textProperty().bind(ui.locale().text(
                () -> problem.getValue() == null ? "" : ui.locale().messages().get(problem.getValue()), problem));
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    /** A participant as "name (role)", in the current language, Tibetan names in the Tibetan font. */
    final class ParticipantCell extends ListCell<Participant> {
        @Override
        protected void updateItem(Participant item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
                ScriptStyle.apply(this, null);
                return;
            }
            textProperty().bind(ui.locale().text(m -> m.get("signature.view.person", names(item),
                    m.get(item.role().messageKey()))));
            ScriptStyle.apply(this, names(item));
        }
    }

    /** Both names where there are two: 扎西东珠 བཀྲ་ཤིས་དོན་གྲུབ. */
    static String names(Participant p) {
        if (p.nameZh() != null && p.nameBo() != null) {
            return p.nameZh() + " " + p.nameBo();
        }
        return p.displayName() == null ? "" : p.displayName();
    }
}
