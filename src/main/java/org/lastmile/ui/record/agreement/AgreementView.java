package org.lastmile.ui.record.agreement;

import java.util.List;

import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.lastmile.domain.record.AgreementTerm;
import org.lastmile.domain.record.InventoryLine;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.i18n.Formats;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.common.form.FormView;
import org.lastmile.ui.common.Sections;
import org.lastmile.ui.record.edit.RecordContext;
import org.lastmile.ui.record.edit.RecordTexts;

/**
 * The agreement, shown in both languages: each term (what, how much with its unit, when, where,
 * how, to whom, which parcel, its livestock lines) and the consequences of breach; and, for a
 * seizure, the inventory of livestock. Terms and lines are filled in the form beside the record.
 */
public final class AgreementView {

    private final RecordContext model;
    private final AgreementViewModel agreementModel;
    private final ViewContext ui;
    private final BooleanBinding sealed;
    private final VBox terms = new VBox(6);
    private final VBox inventory = new VBox(4);
    private final Node agreement;
    private final Node seizure;

    public AgreementView(RecordContext model, AgreementViewModel agreementModel, ViewContext ui) {
        this.model = model;
        this.agreementModel = agreementModel;
        this.ui = ui;
        this.sealed = model.editor().sealedBinding();
        terms.setId("agreement-terms");
        Node breach = new FormView(ui, agreementModel.breach(), "breach-", 2).root();
        breach.disableProperty().bind(sealed);
        Button addTerm = Sections.editButton(ui, "add-term", ui.text("record.agreement.addTerm"), agreementModel::addTerm,
                sealed);
        agreement = Sections.section("record-agreement", ui.text("record.agreement.title"),
                new VBox(6, terms, breach), addTerm);
        inventory.setId("inventory-lines");
        Button addLine = Sections.editButton(ui, "add-inventory-line", ui.text("record.inventory.add"),
                () -> agreementModel.editInventoryLine(null), sealed);
        seizure = Sections.section("record-inventory", ui.text("record.inventory.title"), inventory, addLine);
        model.editor().currentProperty().addListener((obs, old, now) -> render(now));
        // A switch re-texts the terms and lines (bound through LocaleService, so the warm-up computes
        // them ahead in the other language); only a changed record makes them anew (issue 11 item 7).
        render(model.editor().current());
    }

    private void render(SiteRecord r) {
        terms.getChildren().clear();
        inventory.getChildren().clear();
        if (r == null) {
            return;
        }
        int index = 0;
        for (AgreementTerm t : r.agreement().terms()) {
            terms.getChildren().add(term(r, t, index++));
        }
        index = 0;
        for (InventoryLine line : AgreementViewModel.inventory(r)) {
            int at = index;
            inventory.getChildren().add(line(line, "inventory-" + at,
                    () -> agreementModel.editInventoryLine(line.id()), () -> model.say(agreementModel.removeInventoryLine(line.id())
                            .orElse(null))));
            index++;
        }
    }

    private Node term(SiteRecord r, AgreementTerm t, int index) {
        Label head = Sections.value(ui.locale().text(m -> head(t, index, m)), "term-head-" + index);
        head.getStyleClass().add("term-head");
        VBox box = new VBox(2, head);
        if (t.whatZh() != null) {
            box.getChildren().add(Sections.value(t.whatZh(), "term-whatZh-" + index));
        }
        if (t.whatBo() != null) {
            box.getChildren().add(Sections.value(t.whatBo(), "term-whatBo-" + index));
        }
        // Wrapped by syllable: a Label's own wrapping breaks Tibetan mid-syllable (issue 11 item 4).
        org.lastmile.ui.controls.WrappingText more = org.lastmile.ui.controls.WrappingText.following(
                ui.locale().text(m -> details(r, t, m)), "value");
        more.setId("term-details-" + index);
        box.getChildren().add(more);
        int line = 0;
        for (InventoryLine l : t.livestock()) {
            int at = line++;
            box.getChildren().add(line(l, "term-" + index + "-livestock-" + at,
                    () -> agreementModel.editLivestock(t.id(), l.id()), null));
        }
        HBox.setHgrow(box, Priority.ALWAYS);
        Button edit = Sections.editButton(ui, "edit-term-" + index, ui.text("record.people.edit"),
                () -> agreementModel.editTerm(t.id()), sealed);
        Button livestock = Sections.editButton(ui, "add-livestock-" + index, ui.text("record.agreement.addLivestock"),
                () -> agreementModel.editLivestock(t.id(), null), sealed);
        Button remove = Sections.editButton(ui, "remove-term-" + index, ui.text("record.people.remove"),
                () -> model.say(agreementModel.removeTerm(t.id()).orElse(null)), sealed);
        // The buttons keep their words; the term's text wraps to make room (issue 11 item 6).
        for (Button b : List.of(edit, livestock, remove)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        box.setMinWidth(0);
        HBox row = new HBox(8, box, new VBox(4, edit, livestock, remove));
        row.getStyleClass().add("agreement-term");
        return row;
    }

    private static String head(AgreementTerm t, int index, Messages m) {
        String amount = t.quantity() == null ? "" : m.get("case.view.quantity", Formats.of(m).number(t.quantity()),
                m.get(t.kind().unit().messageKey()));
        return m.get("record.agreement.termHead", index + 1, m.get(t.kind().messageKey()), amount);
    }

    private static String details(SiteRecord r, AgreementTerm t, Messages m) {
        Formats f = Formats.of(m);
        String payee = t.payeeId() == null ? "" : r.participant(t.payeeId()).map(p -> RecordTexts.name(m, p))
                .orElse("");
        return m.get("record.agreement.termDetails", t.due() == null ? "—" : f.longDate(t.due()),
                t.place() == null ? "—" : t.place(), t.manner() == null ? "—" : t.manner(),
                payee.isEmpty() ? "—" : payee, t.parcelRef() == null ? "—" : t.parcelRef());
    }

    private Node line(InventoryLine l, String id, Runnable edit, Runnable remove) {
        Label text = Sections.value(ui.locale().text(m -> m.get("record.inventory.line", l.species(),
                m.get(l.sex().messageKey()), l.age() == null ? "—" : l.age(), l.colour() == null ? "—" : l.colour(),
                l.earTag() == null ? "—" : l.earTag(), l.count(), l.custodian() == null ? "—" : l.custodian())), id);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button editButton = Sections.editButton(ui, id + "-edit", ui.text("record.people.edit"), edit, sealed);
        HBox row = new HBox(8, text, editButton);
        if (remove != null) {
            row.getChildren().add(Sections.editButton(ui, id + "-remove", ui.text("record.people.remove"), remove,
                    sealed));
        }
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The agreement section. */
    public Node agreement() {
        return agreement;
    }

    /** The seizure inventory section. */
    public Node inventory() {
        return seizure;
    }
}
