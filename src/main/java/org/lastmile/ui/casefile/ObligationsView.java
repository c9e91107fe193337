package org.lastmile.ui.casefile;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.lastmile.domain.Problem;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.cases.LandParcel;
import org.lastmile.domain.cases.Obligation;
import org.lastmile.i18n.Formats;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.common.Sections;

/**
 * What the title obliges: kind, quantity with its unit (in the interface's digits), the
 * description, for land the parcel with its four boundaries (四至), and the practice warnings.
 */
final class ObligationsView {

    private final CaseFileViewModel model;
    private final ViewContext ui;
    private final VBox list = new VBox(8);
    private final VBox warnings = new VBox(3);
    private final VBox root;

    ObligationsView(CaseFileViewModel model, ViewContext ui) {
        this.model = model;
        this.ui = ui;
        warnings.setId("warnings");
        root = Sections.section("obligations", ui.text("case.view.obligations"), new VBox(8, list, warnings));
        model.caseProperty().addListener((obs, old, now) -> render(now));
        model.warningsProperty().addListener((obs, old, now) -> renderWarnings(now));
        render(model.caseProperty().get());
        renderWarnings(model.warningsProperty().get());
    }

    private void render(EnforcementCase c) {
        list.getChildren().clear();
        if (c == null) {
            return;
        }
        int i = 0;
        for (Obligation o : c.obligations()) {
            list.getChildren().add(obligation(o, i++));
        }
    }

    private Node obligation(Obligation o, int index) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(3);
        grid.getStyleClass().add("obligation");
        grid.add(Sections.value(ui.locale().text(m -> m.get(o.kind().messageKey())), "obligation-kind-" + index),
                0, 0);
        if (o.quantity() != null) {
            grid.add(Sections.value(ui.locale().text(m -> m.get("case.view.quantity",
                    Formats.of(m).number(o.quantity()), m.get(o.kind().unit().messageKey()))),
                    "quantity-" + index), 1, 0);
        }
        grid.add(Sections.value(o.descriptionZh(), null), 2, 0);
        if (o.descriptionBo() != null) {
            grid.add(Sections.value(o.descriptionBo(), null), 2, 1);
        }
        LandParcel parcel = o.parcel();
        if (parcel != null) {
            int row = 2;
            row = pair(grid, row, "case.view.parcel.location", parcel.location());
            row = pair(grid, row, "case.view.parcel.id", parcel.parcelId());
            row = pair(grid, row, "case.view.parcel.north", parcel.north());
            row = pair(grid, row, "case.view.parcel.east", parcel.east());
            row = pair(grid, row, "case.view.parcel.south", parcel.south());
            pair(grid, row, "case.view.parcel.west", parcel.west());
        }
        return grid;
    }

    private int pair(GridPane grid, int row, String key, String value) {
        grid.add(ui.label(ui.locale().text(m -> m.get(key)), "form-label"), 1, row);
        grid.add(Sections.value(value == null ? "—" : value, null), 2, row);
        return row + 1;
    }

    private void renderWarnings(List<Problem> problems) {
        warnings.getChildren().clear();
        for (Problem p : problems) {
            Region icon = new Region();
            icon.getStyleClass().add("warning-icon");
            Label label = ui.label(ui.locale().text(m -> m.get(p)), "warning");
            label.setGraphic(icon);
            warnings.getChildren().add(label);
        }
    }

    Node view() {
        return root;
    }
}
