package org.lastmile.ui.record.signatures;

import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SignatureKind;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.common.Confirm;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.common.Sections;
import org.lastmile.ui.record.edit.RecordContext;
import org.lastmile.ui.record.edit.RecordTexts;
import org.lastmile.ui.record.sign.SignatureViewer;

/**
 * One line per person present: where their confirmation stands (signed, fingerprint, refused with
 * reason and witness, missing, or given before the record last changed) and a button to sign.
 */
public final class SignaturesView {

    private final RecordContext model;
    private final SignaturesViewModel signatures;
    private final ViewContext ui;
    private final BooleanBinding sealed;
    private final GridPane grid = new GridPane();
    private final Node root;

    public SignaturesView(RecordContext model, SignaturesViewModel signatures, ViewContext ui) {
        this.model = model;
        this.signatures = signatures;
        this.ui = ui;
        this.sealed = model.editor().sealedBinding();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setId("signature-list");
        root = Sections.section("record-signatures", ui.text("record.signatures.title"), grid);
        // A language switch re-texts the rows (their labels follow the messages); only a changed
        // record makes them anew: new nodes cost a restyle and a layout each (issue 11 item 7).
        model.editor().currentProperty().addListener((obs, old, now) -> render(now));
        render(model.editor().current());
    }

    private void render(SiteRecord r) {
        String focused = focusedId();
        grid.getChildren().clear();
        if (r != null) {
            fill(r);
        }
        // The buttons are made anew: the one that had the focus gets it back, so that the focus
        // does not fall to the first control of the window (it was Undo).
        if (focused != null) {
            Node again = grid.lookup("#" + focused);
            if (again != null && !again.isDisabled() && again.isVisible()) {
                again.requestFocus();
            }
        }
    }

    private String focusedId() {
        if (grid.getScene() == null) {
            return null;
        }
        Node owner = grid.getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == grid) {
                return owner.getId();
            }
        }
        return null;
    }

    private void fill(SiteRecord r) {
        String content = signatures.content(r);
        int row = 0;
        for (Participant p : r.participants()) {
            int index = row;
            SignaturesViewModel.Status status = signatures.status(r, content, p);
            grid.add(Sections.value(ui.locale().text(m -> RecordTexts.nameAndRole(m, p)), "signer-" + index), 0, row);
            Label state = Sections.value(ui.text(status.messageKey()), "signature-status-" + index);
            state.getStyleClass().addAll("signature-status", status.name().toLowerCase(java.util.Locale.ROOT));
            grid.add(state, 1, row);
            grid.add(Sections.value(ui.locale().text(m -> detail(r, p, m)), "signature-detail-" + index), 2, row);
            Button sign = Sections.editButton(ui, "sign-" + index, ui.text(status == SignaturesViewModel.Status.MISSING
                    ? "record.signatures.sign" : "record.signatures.signAgain"),
                    () -> model.say(signatures.sign(p.id()).orElse(null)), sealed);
            Button remove = Sections.editButton(ui, "unsign-" + index, ui.text("record.people.remove"),
                    () -> removeAfterAsking(p), sealed);
            remove.setVisible(status != SignaturesViewModel.Status.MISSING);
            // Looking at a signature again changes nothing: it works on a sealed record too.
            Button look = ui.button(ui.text("record.signatures.view"), () -> r.signatureOf(p.id()).ifPresent(
                    s -> new SignatureViewer(ui, p, s, grid.getScene() == null ? null : grid.getScene().getWindow())
                            .show()));
            look.setId("view-signature-" + index);
            look.setVisible(r.signatureOf(p.id()).isPresent());
            look.setManaged(look.isVisible());
            grid.add(new HBox(4, look, sign, remove), 3, row);
            row++;
        }
    }

    // One click on "remove" must not silently take a signature out of the record.
    private void removeAfterAsking(Participant p) {
        if (Confirm.ask(ui, grid.getScene() == null ? null : grid.getScene().getWindow(),
                new MessageKey("confirm.removeSignature", RecordTexts.name(ui.locale().messages(), p)),
                "confirm.removeSignature.ok")) {
            model.say(signatures.remove(p.id()).orElse(null));
        }
    }

    /** A refusal's reason and witness; for a signature, the read-back language. */
    private static String detail(SiteRecord r, Participant p, Messages m) {
        Signature s = r.signatureOf(p.id()).orElse(null);
        if (s == null) {
            return "";
        }
        if (s.kind() == SignatureKind.REFUSED) {
            String witness = s.refusalWitnessId() == null ? "—" : r.participant(s.refusalWitnessId())
                    .map(w -> RecordTexts.name(m, w)).orElse("—");
            return m.get("record.signatures.refusal", s.refusalReason() == null ? "—" : s.refusalReason(), witness);
        }
        return s.readBackLanguage() == null ? "" : m.get("record.signatures.readBack",
                m.get(s.readBackLanguage().messageKey()));
    }

    public Node view() {
        return root;
    }
}
