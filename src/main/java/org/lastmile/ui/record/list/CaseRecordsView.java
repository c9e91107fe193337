package org.lastmile.ui.record.list;

import java.time.ZoneId;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.lastmile.domain.record.RecordType;
import org.lastmile.i18n.Formats;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.common.Choice;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.common.Sections;

/**
 * The "Records" part of a case screen: each record's type, whether it is a draft or sealed (with
 * the seal's code), when it started, and a button to open it; the type of a new record and a
 * button that starts it.
 */
public final class CaseRecordsView {

    private final CaseRecordsViewModel model;
    private final ViewContext ui;
    private final ZoneId zone;
    private final GridPane grid = new GridPane();
    private final Label message = new Label();
    private final VBox root;

    public CaseRecordsView(CaseRecordsViewModel model, ViewContext ui, ZoneId zone) {
        this.model = model;
        this.ui = ui;
        this.zone = zone;
        grid.setHgap(14);
        grid.setVgap(4);
        grid.setId("record-rows");
        ComboBox<Choice<RecordType>> type = Choice.comboBox(ui.locale(), model.types(), RecordType::messageKey, null,
                model.newTypeProperty());
        type.setId("new-record-type");
        Button create = ui.button(ui.text("record.list.new"), model::create);
        create.setId("new-record");
        create.disableProperty().bind(model.newTypeProperty().isNull());
        message.setId("record-list-message");
        message.getStyleClass().add("error-text");
        message.textProperty().bind(ui.locale().text(() -> model.messageProperty().get() == null ? ""
                : ui.locale().messages().get(model.messageProperty().get()), model.messageProperty()));
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        root = Sections.section("case-records", ui.text("record.list.title"), new VBox(4, grid, message), type,
                create);
        model.rows().addListener((ListChangeListener<CaseRecordsViewModel.Row>) c -> render());
        ui.locale().messagesProperty().addListener((obs, old, now) -> render());
        render();
    }

    private void render() {
        grid.getChildren().clear();
        Messages m = ui.locale().messages();
        List<CaseRecordsViewModel.Row> rows = model.rows();
        if (rows.isEmpty()) {
            grid.add(ui.label(ui.text("record.list.none"), "hint"), 0, 0);
            return;
        }
        int row = 0;
        for (CaseRecordsViewModel.Row r : rows) {
            int index = row;
            grid.add(Sections.value(m.get(r.type().messageKey()), "record-row-type-" + index), 0, row);
            Label status = Sections.value(r.sealed() ? m.get("record.status.sealed", r.sealCode())
                    : m.get("record.status.draft"), "record-row-status-" + index);
            status.getStyleClass().addAll("status-tag", r.sealed() ? "sealed" : "draft");
            grid.add(status, 1, row);
            grid.add(Sections.value(Formats.of(m).longDate(r.startedAt().atZone(zone).toLocalDate()), null), 2, row);
            if (r.amends() != null) {
                grid.add(Sections.value(m.get("record.list.amendment"), null), 3, row);
            }
            Button open = ui.button(ui.text("record.list.open"), () -> model.open(r.id()));
            open.setId("open-record-" + index);
            grid.add(open, 4, row);
            row++;
        }
    }

    public Node view() {
        return root;
    }
}
