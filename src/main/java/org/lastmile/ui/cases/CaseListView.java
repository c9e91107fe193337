package org.lastmile.ui.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.lastmile.domain.cases.CaseListOrder;
import org.lastmile.domain.cases.CaseStatus;
import org.lastmile.domain.deadline.Urgency;
import org.lastmile.i18n.Countdown;
import org.lastmile.i18n.Formats;
import org.lastmile.i18n.LocaleService;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.common.Choice;
import org.lastmile.ui.common.ViewContext;

/**
 * The case list: search box, status and urgency filters, and a virtualized table (only the
 * visible rows have cells, so ten thousand rows scroll like ten). Thin: state lives in
 * {@link CaseListViewModel}.
 */
public final class CaseListView {

    private final CaseListViewModel model;
    private final ViewContext ui;
    private final LocaleService locale;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final TableView<CaseRow> table = new TableView<>();
    private final TableColumn<CaseRow, CaseRow> applicants = RowCells.column(180);
    private final TableColumn<CaseRow, CaseRow> respondents = RowCells.column(180);
    private final ColumnFit fit;

    public CaseListView(CaseListViewModel model, ViewContext ui, Consumer<UUID> openCase, Runnable newCase) {
        this.model = model;
        this.ui = ui;
        this.locale = ui.locale();
        root.getStyleClass().add("case-list");
        fit = new ColumnFit(table, root);
        root.setTop(toolbar(newCase));
        root.setCenter(buildTable());
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && opens(table.getSelectionModel().getSelectedItem())) {
                openCase.accept(table.getSelectionModel().getSelectedItem().id());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && opens(table.getSelectionModel().getSelectedItem())) {
                openCase.accept(table.getSelectionModel().getSelectedItem().id());
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        });
        locale.messagesProperty().addListener((obs, old, now) -> relabel());
        model.revisionProperty().addListener((obs, old, now) -> {
            fit.request();
            table.refresh();
        });
    }

    // A row still being read has no case to open yet.
    private static boolean opens(CaseRow row) {
        return row != null && !row.isPending();
    }

    private Node toolbar(Runnable newCase) {
        // A short prompt that fits the box at 1024 px in Tibetan; what can be searched is in the tooltip.
        search.promptTextProperty().bind(ui.text("case.list.search.prompt"));
        ui.tooltip(search, ui.text("case.list.search.tooltip"));
        search.textProperty().bindBidirectional(model.queryProperty());
        search.setId("case-search");
        ui.input(search);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(520);

        var status = Choice.comboBox(locale, Arrays.asList(CaseStatus.values()), CaseStatus::messageKey,
                m -> m.get("case.list.filter.anyStatus"), model.statusProperty());
        status.setId("status-filter");
        ui.tooltip(status, ui.text("case.list.filter.status"));
        var urgency = Choice.comboBox(locale, Arrays.asList(Urgency.values()), Urgency::messageKey,
                m -> m.get("case.list.filter.anyUrgency"), model.urgencyProperty());
        urgency.setId("urgency-filter");
        ui.tooltip(urgency, ui.text("case.list.filter.urgency"));

        // Shown only while a filter is being counted (the urgency filter reads every row); the
        // launch shows the list with its first screen, so the animation never runs through it.
        ProgressBar busy = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        busy.setId("list-progress");
        busy.setPrefWidth(70);
        busy.visibleProperty().bind(model.loadingProperty());
        ui.tooltip(busy, ui.text("case.list.loading"));
        Label count = new Label();
        count.setId("case-count");
        count.textProperty().bind(locale.text(
                () -> locale.get("case.list.count", model.shownCountProperty().get(), model.totalProperty().get()),
                model.shownCountProperty(), model.totalProperty()));
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.textProperty().bind(locale.text(
                () -> model.problemProperty().get() == null ? "" : locale.messages().get(model.problemProperty().get()),
                model.problemProperty()));

        var add = ui.button(ui.text("case.list.new"), newCase);
        add.setId("new-case");
        HBox bar = new HBox(8, search, status, urgency, busy, count, problem, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private Node buildTable() {
        table.setId("case-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        ui.controls().install(table);
        Supplier<Messages> messages = locale::messages;

        TableColumn<CaseRow, CaseRow> number = RowCells.column(235);
        number.setCellFactory(c -> {
            RowCells.NumberCell cell = new RowCells.NumberCell(messages);
            // The demo tag under the number, not beside it: the column stays as narrow as a number.
            cell.setContentDisplay(javafx.scene.control.ContentDisplay.BOTTOM);
            cell.setAlignment(Pos.CENTER_LEFT);
            cell.setGraphicTextGap(6);
            return cell;
        });
        TableColumn<CaseRow, CaseRow> cause = RowCells.column(160);
        cause.setCellFactory(c -> new RowCells.TextCell(messages,
                (row, m) -> row.isLoaded() ? RowCells.cause(row.summary(), m) : "…"));
        cause.setSortable(false);
        applicants.setCellFactory(c -> new RowCells.TextCell(messages,
                (row, m) -> row.isLoaded() ? RowCells.names(row.summary().applicants(), m) : "…"));
        respondents.setCellFactory(c -> new RowCells.TextCell(messages,
                (row, m) -> row.isLoaded() ? RowCells.names(row.summary().respondents(), m) : "…"));
        TableColumn<CaseRow, CaseRow> status = RowCells.column(110);
        status.setCellFactory(c -> new RowCells.TextCell(messages, (row, m) -> m.get(row.status().messageKey())));
        TableColumn<CaseRow, CaseRow> countdown = RowCells.column(150);
        countdown.setId("countdown-column");
        countdown.setCellFactory(c -> new RowCells.UrgencyCell(messages));
        // The urgency depends on the day: no index gives that order (the urgency filter does narrow).
        TableColumn<CaseRow, CaseRow> next = RowCells.column(140);
        next.setCellFactory(c -> new RowCells.TextCell(messages, (row, m) -> !row.isLoaded() ? "…"
                : row.summary().nextDeadline().map(d -> m.get(d.kind().messageKey())).orElse("")));
        next.setSortable(false);
        TableColumn<CaseRow, CaseRow> filed = RowCells.column(110);
        filed.setCellFactory(c -> new RowCells.TextCell(messages,
                (row, m) -> Formats.of(m).shortDate(row.filingDate())));

        List<TableColumn<CaseRow, CaseRow>> columns =
                List.of(number, cause, applicants, respondents, status, countdown, next, filed);
        List<String> keys = List.of("case.list.column.number", "case.list.column.cause",
                "case.list.column.applicants", "case.list.column.respondents", "case.list.column.status",
                "case.list.column.countdown", "case.list.column.next", "case.list.column.filed");
        for (int i = 0; i < columns.size(); i++) {
            // A header that wraps by syllable: the Tibetan headers alone were wider than a
            // 1024-pixel screen (a header Label cuts to "…", and JavaFX wraps Tibetan mid-syllable).
            org.lastmile.ui.controls.WrappingText head = new org.lastmile.ui.controls.WrappingText();
            head.textProperty().bind(locale.text(keys.get(i)));
            head.prefWidthProperty().bind(columns.get(i).widthProperty().subtract(ColumnFit.HEADER_EXTRA));
            columns.get(i).setGraphic(head);
        }
        table.getColumns().setAll(columns);

        // The store sorts (each order from an index); the table only says which column.
        Map<TableColumn<CaseRow, ?>, CaseListOrder> orders =
                Map.of(number, CaseListOrder.NUMBER, status, CaseListOrder.STATUS, filed, CaseListOrder.FILED,
                        countdown, CaseListOrder.URGENCY, applicants, CaseListOrder.APPLICANT,
                        respondents, CaseListOrder.RESPONDENT);
        // Names sorted by the interface's collation are read again on a switch; not for the window's
        // rehearsal of a switch (ScriptWarmUp), which switches back within the same event.
        model.languageProperty().set(locale.getLanguage());
        locale.languageProperty().addListener((obs, old, now) -> {
            if (!locale.isRehearsing()) {
                model.languageProperty().set(now);
            }
        });
        table.setSortPolicy(t -> {
            TableColumn<CaseRow, ?> first = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            CaseListOrder by = first == null ? null : orders.get(first);
            // The list's own order is the filing date descending: a column sorted "ascending" by
            // the filing date shows the oldest first.
            model.orderProperty().set(by == null ? CaseListViewModel.Order.DEFAULT
                    : new CaseListViewModel.Order(by, (first.getSortType() == TableColumn.SortType.DESCENDING)
                            != (by == CaseListOrder.FILED)));
            return true;
        });
        table.setItems(model.rows());
        fit.whole(number, this::widestNumbers, () -> 0, false);
        fit.whole(countdown, this::countdowns, () -> 20, true);
        fit.whole(filed, () -> List.of(Formats.of(locale.messages()).shortDate(java.time.LocalDate.of(2026, 12, 28))),
                () -> 0, true);
        return table;
    }

    /** The longest case numbers of the file (by length: measuring every one would cost a frame). */
    private List<String> widestNumbers() {
        List<String> texts = new java.util.ArrayList<>(model.longestNumbers());
        texts.add(locale.get("case.list.demoTag"));
        return texts;
    }

    /** Every text the countdown column can show, with the widest day counts. */
    private List<String> countdowns() {
        Messages m = locale.messages();
        List<String> texts = new java.util.ArrayList<>();
        for (Urgency u : Urgency.values()) {
            texts.add(m.get(u.messageKey()));
        }
        for (var state : org.lastmile.domain.deadline.DeadlineState.values()) {
            texts.add(m.get(state.messageKey()));
        }
        for (int days : new int[] {-999, 0, 999}) {
            texts.add(Countdown.of(m, days));
        }
        return texts;
    }

    private void relabel() {
        fit.request();
        table.refresh();
    }

    /** Puts the caret in the search box. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public TableView<CaseRow> table() {
        return table;
    }

    public Node root() {
        return root;
    }
}
