package org.lastmile.ui.record.sign;

import java.util.Map;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.lastmile.common.Key;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.SignatureKind;
import org.lastmile.ui.casefile.CaseFileViewModel;
import org.lastmile.ui.common.Choice;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.controls.WrappingText;

/**
 * One signatory's signature: who signs, the read-back sentence in the signer's language (and its
 * meaning in the interface language when that differs), the choice of pad, fingerprint photo or
 * refusal, how identity was checked, and each problem under its field. Buttons to confirm belong to
 * whoever shows it ({@link SignatureCaptureDialog}, or a screen that binds
 * {@code model.confirmCommand()}).
 */
public final class SignatureCaptureView {

    /** The stylesheet of the signature and seal views. */
    public static final String STYLESHEET = "/css/signature.css";

    private final ViewContext ui;
    private final SignatureCaptureViewModel model;
    private final SignaturePad pad;
    private final VBox root;

    /**
     * @param files where a fingerprint photo comes from ({@link FingerprintFiles#fileChooser})
     */
    public SignatureCaptureView(ViewContext ui, SignatureCaptureViewModel model, FingerprintFiles files) {
        this.ui = Objects.requireNonNull(ui);
        this.model = Objects.requireNonNull(model);
        this.pad = new SignaturePad(model.clock());
        pad.setId("signature-pad");
        SignatureParts parts = new SignatureParts(ui, model);
        Node padPanel = parts.padPanel(pad);
        Node photoPanel = parts.fingerprintPanel(files, this::window);
        Node refusalPanel = parts.refusalPanel();
        Map<SignatureKind, Node> panels = Map.of(SignatureKind.PAD, padPanel, SignatureKind.FINGERPRINT, photoPanel,
                SignatureKind.REFUSED, refusalPanel);
        panels.forEach((kind, node) -> {
            node.visibleProperty().bind(model.kindProperty().isEqualTo(kind));
            node.managedProperty().bind(node.visibleProperty());
        });
        StackPane cards = new StackPane(padPanel, photoPanel, refusalPanel);
        cards.setAlignment(javafx.geometry.Pos.TOP_LEFT);

        ComboBox<Choice<IdentityCheck>> identity = Choice.comboBox(ui.locale(), model.identityChecks(),
                IdentityCheck::messageKey, null, model.identityCheckProperty());
        identity.setId("identity-check");
        Label identityLabel = ui.label(ui.text("signature.view.identityCheck"), "form-label");
        identityLabel.setLabelFor(identity);

        root = new VBox(10, header(), readBack(), kindChoice(), cards,
                new VBox(4, identityLabel, identity,
                        parts.problem(model.problemProperty(SignatureField.IDENTITY_CHECK), "identity-problem")),
                parts.problem(model.problemProperty(), "signature-problem"));
        root.getStyleClass().add("signature-view");
        root.setPadding(new Insets(12));
        root.setFillWidth(true);
        root.getStylesheets().add(Objects.requireNonNull(getClass().getResource(STYLESHEET)).toExternalForm());
        ui.controls().installAll(root);
    }

    /** The view's root, to put in a dialog or a screen. */
    public Region node() {
        return root;
    }

    /** The pad (for tests and for focusing it). */
    public SignaturePad pad() {
        return pad;
    }

    public SignatureCaptureViewModel model() {
        return model;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private Node header() {
        Participant signer = model.signer();
        Label name = new Label(SignatureParts.names(signer));
        name.setId("signer-name");
        name.getStyleClass().add("signer-name");
        ScriptStyle.apply(name, name.getText());
        String id = signer.idNumber() == null ? "" : CaseFileViewModel.mask(signer.idNumber());
        Label who = ui.label(ui.locale().text(m -> m.get("signature.view.signer", new Key(signer.role().messageKey()),
                new Key(signer.language().messageKey()), id)), "hint");
        who.setId("signer-role");
        return new VBox(2, name, who);
    }

    private Node readBack() {
        ReadBack readBack = model.readBack();
        Label title = ui.label(ui.locale().text(m -> m.get("signature.view.readBack",
                new Key(readBack.language().messageKey()))), "section-title");
        WrappingText sentence = new WrappingText(model.confirmationSentence());
        sentence.setId("read-back-sentence");
        sentence.getStyleClass().add("read-back-sentence");
        ScriptStyle.apply(sentence, sentence.getText());
        WrappingText meaning = new WrappingText();
        meaning.setId("read-back-meaning");
        meaning.getStyleClass().add("hint");
        meaning.textProperty().bind(ui.locale().text(m -> m.language() == readBack.bundle() ? ""
                : m.get("signature.view.meaning", readBack.sentence(m))));
        meaning.managedProperty().bind(meaning.textProperty().isNotEmpty());
        meaning.visibleProperty().bind(meaning.managedProperty());
        VBox box = new VBox(4, title, sentence, meaning);
        box.getStyleClass().add("read-back");
        return box;
    }

    private Node kindChoice() {
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox(6);
        row.getStyleClass().add("kind-choice");
        for (SignatureKind kind : SignatureKind.values()) {
            ToggleButton button = ViewContext.noMnemonics(new ToggleButton());
            button.textProperty().bind(ui.text(kind.messageKey()));
            button.setId("kind-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(group);
            button.setUserData(kind);
            // Large and of equal width, each labelled with its mode: three clear choices, not a tab strip.
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox.setHgrow(button, javafx.scene.layout.Priority.ALWAYS);
            ScriptStyle.follow(button, button.textProperty());
            button.setSelected(model.kindProperty().get() == kind);
            row.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one is always chosen
            } else {
                model.kindProperty().set((SignatureKind) now.getUserData());
            }
        });
        model.kindProperty().addListener((obs, old, now) -> group.getToggles().forEach(
                t -> t.setSelected(t.getUserData() == now)));
        return row;
    }
}
