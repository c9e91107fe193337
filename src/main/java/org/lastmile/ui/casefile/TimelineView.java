package org.lastmile.ui.casefile;

import java.util.List;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.lastmile.domain.deadline.CaseDeadlines;
import org.lastmile.domain.deadline.Deadline;
import org.lastmile.domain.deadline.DeadlineState;
import org.lastmile.i18n.Formats;
import org.lastmile.i18n.LocaleService;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.cases.UrgencyBadge;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ScriptStyle;
import org.lastmile.ui.common.Sections;

/**
 * The timeline of a case from the deadline engine: every node and limit with its due date, the
 * day it was done, its state (shape, colour and words) and the days remaining; overdue rows are
 * highlighted. Below, what was recorded (pauses, extensions, seizures) and the actions that record
 * more.
 */
final class TimelineView {

    private final CaseFileViewModel model;
    private final ViewContext ui;
    private final LocaleService locale;
    private final TableView<Deadline> table = new TableView<>();
    private final VBox root;

    TimelineView(CaseFileViewModel model, ViewContext ui, ProgressDialogs dialogs) {
        this.model = model;
        this.ui = ui;
        this.locale = ui.locale();
        table.setId("timeline");
        ui.controls().install(table);
        table.getColumns().setAll(List.of(
                column("case.view.timeline.kind", 190, (d, m) -> m.get(d.kind().messageKey())
                        + (d.subject() == null ? "" : " - " + d.subject())),
                column("case.view.timeline.due", 110, (d, m) -> Formats.of(m).shortDate(d.due())),
                column("case.view.timeline.done", 110, (d, m) -> Formats.of(m).shortDate(d.done())),
                stateColumn()));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Deadline d, boolean empty) {
                super.updateItem(d, empty);
                getStyleClass().remove("overdue-row");
                if (!empty && d != null && d.state() == DeadlineState.OVERDUE) {
                    getStyleClass().add("overdue-row");
                }
            }
        });
        table.setFixedCellSize(34);
        table.setPrefHeight(34 * 9 + 36);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.deadlinesProperty().addListener((obs, old, now) -> show(now));
        locale.messagesProperty().addListener((obs, old, now) -> table.refresh());
        show(model.deadlinesProperty().get());

        FlowPane actions = new FlowPane(8, 6, action("record-node", "case.view.action.node", dialogs::recordNode),
                action("start-pause", "case.view.action.pause", dialogs::startPause),
                action("add-extension", "case.view.action.extension", dialogs::addExtension),
                action("add-seizure", "case.view.action.seizure", dialogs::addSeizure));
        root = Sections.section("timeline-section", ui.text("case.view.timeline"),
                new VBox(8, table, actions, new ProgressRecordsView(model, ui, dialogs).view()));
    }

    private Button action(String id, String key, Runnable open) {
        Button button = ui.button(ui.locale().text(m -> m.get(key)), open);
        button.setId(id);
        button.disableProperty().bind(model.caseProperty().isNull());
        return button;
    }

    private void show(CaseDeadlines deadlines) {
        table.getItems().setAll(deadlines == null ? List.of() : deadlines.deadlines());
    }

    private TableColumn<Deadline, Deadline> column(String key, double width,
            BiFunction<Deadline, Messages, String> text) {
        TableColumn<Deadline, Deadline> column = new TableColumn<>();
        column.textProperty().bind(locale.text(m -> m.get(key)));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Deadline d, boolean empty) {
                super.updateItem(d, empty);
                String value = empty || d == null ? null : text.apply(d, locale.messages());
                setText(value);
                ScriptStyle.apply(this, value);
            }
        });
        return column;
    }

    private TableColumn<Deadline, Deadline> stateColumn() {
        TableColumn<Deadline, Deadline> column = new TableColumn<>();
        column.textProperty().bind(locale.text(m -> m.get("case.view.timeline.state")));
        column.setPrefWidth(160);
        column.setSortable(false);
        column.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final UrgencyBadge badge = new UrgencyBadge();

            @Override
            protected void updateItem(Deadline d, boolean empty) {
                super.updateItem(d, empty);
                if (empty || d == null) {
                    setGraphic(null);
                    return;
                }
                badge.show(d, locale.messages());
                ScriptStyle.apply(badge, badge.getText());
                setGraphic(badge);
            }
        });
        return column;
    }

    Node view() {
        return root;
    }
}
