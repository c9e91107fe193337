package org.lastmile.ui.record.signatures;

import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.lastmile.domain.record.Participant;
import org.lastmile.domain.record.Signature;
import org.lastmile.domain.record.SignatureKind;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.common.Confirm;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.common.Sections;
import org.lastmile.ui.controls.WrappingText;
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
        // The buttons' column takes the rest of the section's width, so that a detail under its
        // line (spanning the three columns) wraps at the section's width, not the lines'.
        ColumnConstraints rest = new ColumnConstraints();
        rest.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(), rest);
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

    /**
     * One line per person: name and role, state, buttons; under it, when there is one, the detail
     * (a refusal's reason and witness, the read-back language) across the line's width, wrapped.
     * In a column of its own the detail took the line's room: on a sealed record the state showed as
     * "已…" and the buttons as "查看…" (in Tibetan the same, and the reason cut); the state and the
     * buttons now keep their words and only a long name gives way.
     */
    private void fill(SiteRecord r) {
        String content = signatures.content(r);
        int index = 0;
        int line = 0;
        for (Participant p : r.participants()) {
            int person = index;
            SignaturesViewModel.Status status = signatures.status(r, content, p);
            grid.add(Sections.value(ui.locale().text(m -> RecordTexts.nameAndRole(m, p)), "signer-" + person), 0, line);
            Label state = Sections.value(ui.text(status.messageKey()), "signature-status-" + person);
            state.getStyleClass().addAll("signature-status", status.name().toLowerCase(java.util.Locale.ROOT));
            state.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(state, 1, line);
            Button sign = Sections.editButton(ui, "sign-" + person, ui.text(status == SignaturesViewModel.Status.MISSING
                    ? "record.signatures.sign" : "record.signatures.signAgain"),
                    () -> model.say(signatures.sign(p.id()).orElse(null)), sealed);
            Button remove = Sections.editButton(ui, "unsign-" + person, ui.text("record.people.remove"),
                    () -> removeAfterAsking(p), sealed);
            // A sealed record's signatures are only looked at: Sign again and Remove are not shown.
            sign.visibleProperty().bind(sealed.not());
            sign.managedProperty().bind(sealed.not());
            if (status == SignaturesViewModel.Status.MISSING) {
                remove.setVisible(false); // keeps its room in a draft: the buttons stay aligned
            } else {
                remove.visibleProperty().bind(sealed.not());
            }
            remove.managedProperty().bind(sealed.not());
            // Looking at a signature again changes nothing: it works on a sealed record too.
            Button look = ui.button(ui.text("record.signatures.view"), () -> r.signatureOf(p.id()).ifPresent(
                    s -> new SignatureViewer(ui, p, s, grid.getScene() == null ? null : grid.getScene().getWindow())
                            .show()));
            look.setId("view-signature-" + person);
            look.setVisible(r.signatureOf(p.id()).isPresent());
            look.setManaged(look.isVisible());
            HBox buttons = new HBox(4, look, sign, remove);
            buttons.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
            buttons.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(buttons, 2, line);
            line++;
            if (!detail(r, p, ui.locale().messages()).isEmpty()) {
                WrappingText detail = WrappingText.following(ui.locale().text(m -> detail(r, p, m)), "value",
                        "signature-detail");
                detail.setId("signature-detail-" + person);
                // As wide as the line it is under, never wider: a long reason does not widen the columns.
                detail.setPrefWidth(0);
                detail.setPadding(new Insets(0, 0, 4, 24)); // under its person, indented
                grid.add(detail, 0, line, 3, 1);
                line++;
            }
            index++;
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
