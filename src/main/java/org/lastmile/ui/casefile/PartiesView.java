package org.lastmile.ui.casefile;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.Party;
import org.lastmile.domain.cases.PartyKind;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.common.Sections;

/**
 * The parties of a case: role, kind, names in both scripts, ID number (masked unless revealed:
 * personal data), phone, address and language, with an edit button each and one to add a party.
 */
final class PartiesView {

    private final CaseFileViewModel model;
    private final ViewContext ui;
    private final GridPane grid = new GridPane();
    private final VBox root;

    PartiesView(CaseFileViewModel model, ViewContext ui) {
        this.model = model;
        this.ui = ui;
        grid.getStyleClass().add("parties");
        grid.setHgap(14);
        grid.setVgap(4);
        CheckBox reveal = ViewContext.noMnemonics(new CheckBox());
        reveal.textProperty().bind(ui.text("case.view.revealIds"));
        reveal.selectedProperty().bindBidirectional(model.revealIdsProperty());
        reveal.setId("reveal-ids");
        Button add = ui.button(ui.text("case.view.addParty"), model::addParty);
        add.setId("add-party");
        add.disableProperty().bind(model.caseProperty().isNull());
        root = Sections.section("parties", ui.text("case.view.parties"), grid, reveal, add);
        model.caseProperty().addListener((obs, old, now) -> KeptFocus.around(grid, () -> render(now)));
        model.revealIdsProperty().addListener((obs, old, now) -> render(model.caseProperty().get()));
        render(model.caseProperty().get());
    }

    private void render(EnforcementCase c) {
        grid.getChildren().clear();
        List<String> heads = List.of("case.view.party.role", "case.view.party.nameZh", "case.view.party.nameBo",
                "case.view.party.idNumber", "case.view.party.phone", "case.view.party.language");
        for (int i = 0; i < heads.size(); i++) {
            String key = heads.get(i);
            grid.add(ui.label(ui.locale().text(m -> m.get(key)), "column-head"), i, 0);
        }
        if (c == null) {
            return;
        }
        int row = 1;
        for (Party p : c.parties()) {
            int index = row - 1;
            grid.add(Sections.value(ui.locale().text(m -> m.get(p.role().messageKey())
                    + (p.kind() == PartyKind.ORGANISATION
                            ? m.get("case.view.party.organisationSuffix") : "")), "party-role-" + index), 0, row);
            grid.add(Sections.value(p.nameZh(), "party-nameZh-" + index), 1, row);
            grid.add(Sections.value(p.nameBo(), "party-nameBo-" + index), 2, row);
            grid.add(Sections.value(model.shownId(p.idNumber()), "party-id-" + index), 3, row);
            grid.add(Sections.value(p.phone(), null), 4, row);
            grid.add(Sections.value(ui.locale().text(m -> m.get(p.language().messageKey())), null), 5, row);
            Button edit = ui.button(ui.text("case.view.editParty"), () -> model.editParty(p.id()));
            edit.setId("edit-party-" + index);
            grid.add(edit, 6, row);
            if (p.address() != null) {
                row++;
                Node address = Sections.value(ui.locale().text(m -> m.get("case.view.party.address", p.address())),
                        null);
                grid.add(address, 1, row, 5, 1);
            }
            row++;
        }
    }

    Node view() {
        return root;
    }
}
