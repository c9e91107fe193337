package org.lastmile.ui.sync;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.lastmile.common.CamelCase;
import org.lastmile.i18n.Messages;
import org.lastmile.sync.ConflictDecision;
import org.lastmile.sync.Conflicts;
import org.lastmile.sync.Enrolment;
import org.lastmile.sync.SyncClient;
import org.lastmile.sync.SyncProgress;
import org.lastmile.sync.SyncSummary;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ScriptStyle;

/**
 * The sync screen: enrolment while the device is not enrolled, then "Sync now", the conflicts
 * (both values side by side, a choice for each) and what the court refused; progress and "safe
 * to unplug" in a ControlsFX status bar at the bottom.
 */
public final class SyncView {

    private final SyncViewModel model;
    private final ViewContext ui;
    private final BorderPane root = new BorderPane();

    public SyncView(SyncViewModel model, ViewContext ui) {
        this(model, null, ui);
    }

    /** @param auto the app's automatic sync, whose last check the screen shows (null: none) */
    public SyncView(SyncViewModel model, AutoSync auto, ViewContext ui) {
        this.model = model;
        this.ui = ui;
        VBox content = new VBox(12, enrolment(), syncNow(), conflicts(), refusals());
        if (auto != null) {
            content.getChildren().add(2, autoStatus(auto));
        }
        content.setPadding(new Insets(12));
        content.setMaxWidth(900);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        root.setBottom(statusBar());
        root.getStyleClass().add("sync");
    }

    private Node enrolment() {
        var state = wrapped(ui.locale().text(() -> {
            Enrolment e = model.enrolmentProperty().get();
            return e == null ? ui.locale().messages().get("sync.screen.notEnrolled")
                    : ui.locale().messages().get("sync.screen.enrolled", e.server(), e.courtCode(), e.deviceId());
        }, model.enrolmentProperty()));
        state.setId("sync-enrolment");
        TextField server = ui.input(new TextField());
        server.setId("sync-server");
        server.setPromptText("https://HOST:PORT");
        server.textProperty().bindBidirectional(model.serverUrl);
        TextField code = ui.input(new TextField());
        code.setId("sync-code");
        code.textProperty().bindBidirectional(model.code);
        TextField ca = ui.input(new TextField());
        ca.setId("sync-ca");
        ca.setPromptText("ca.pem");
        ca.textProperty().bindBidirectional(model.caFile);
        Button enrol = ui.button(ui.text("sync.screen.enrol"), model::enrol);
        enrol.setId("sync-enrol");
        enrol.setMinHeight(44);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, ui.label(ui.text("sync.screen.server")), server);
        form.addRow(1, ui.label(ui.text("sync.screen.code")), code);
        form.addRow(2, ui.label(ui.text("sync.screen.ca")), ca);
        form.add(enrol, 1, 3);
        form.visibleProperty().bind(model.enrolledProperty().not());
        form.managedProperty().bind(form.visibleProperty());
        return section("sync.screen.title", new VBox(8, state, form, problem()));
    }

    private Node problem() {
        var problem = wrapped(ui.locale().text(() -> model.problemProperty().get() == null ? ""
                : ui.locale().messages().get(model.problemProperty().get()), model.problemProperty()));
        problem.getStyleClass().add("error-text");
        problem.setId("sync-problem");
        return problem;
    }

    private Node syncNow() {
        Button now = ui.button(ui.text("sync.screen.now"), model::syncNow);
        now.setId("sync-now");
        now.setMinHeight(44);
        now.disableProperty().bind(model.enrolledProperty().not().or(model.runningProperty()));
        var last = wrapped(ui.locale().text(() -> {
            SyncSummary s = model.lastRunProperty().get();
            if (model.runningProperty().get()) {
                return ui.locale().messages().get("sync.screen.running");
            }
            if (s == null) {
                return "";
            }
            String run = ui.locale().messages().get("sync.screen.lastRun", s.pushed(), s.pulled(), s.conflicts(),
                    s.refused());
            // "safe to unplug" is about what went up; files still to come down are said beside it
            return s.downloadsPending() == 0 ? run
                    : run + " " + ui.locale().messages().get("sync.status.downloadsPending", s.downloadsPending());
        }, model.lastRunProperty(), model.runningProperty()));
        HBox bar = new HBox(10, now, last);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** What the automatic sync found at its last check, and when. */
    private Node autoStatus(AutoSync auto) {
        org.lastmile.ui.controls.WrappingText status = wrapped(ui.locale().text(() -> {
            java.time.Instant at = auto.checkedAtProperty().get();
            String what = ui.locale().messages().get(auto.statusProperty().get());
            return at == null ? what : ui.locale().messages().get("sync.auto.checked",
                    java.time.LocalTime.ofInstant(at, java.time.ZoneId.systemDefault())
                            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString(), what);
        }, auto.statusProperty(), auto.checkedAtProperty()));
        status.setId("sync-auto");
        status.getStyleClass().add("hint");
        return status;
    }

    private Node conflicts() {
        ListView<Conflicts.Open> list = new ListView<>(model.conflicts());
        list.setId("sync-conflicts");
        list.setPrefHeight(260);
        list.setCellFactory(v -> new ConflictCell());
        list.setPlaceholder(ui.label(ui.text("sync.screen.noConflicts")));
        return section("sync.screen.conflicts", list);
    }

    private Node refusals() {
        ListView<SyncClient.Refusal> list = new ListView<>(model.refusals());
        list.setId("sync-refusals");
        list.setPrefHeight(120);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SyncClient.Refusal r, boolean empty) {
                super.updateItem(r, empty);
                textProperty().unbind();
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                textProperty().bind(ui.locale().text(m -> m.get("sync.screen.refusal", r.entity(), r.entityId(),
                        r.reasonText(m))));
            }
        });
        Node box = section("sync.screen.refusals", list);
        box.visibleProperty().bind(Bindings.isNotEmpty(model.refusals()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("sync-status");
        StringBinding text = ui.locale().text(() -> {
            Messages m = ui.locale().messages();
            SyncProgress p = model.progressProperty().get();
            if (p == null) {
                return "";
            }
            StringBuilder s = new StringBuilder(m.get(p.safeToUnplug() ? "sync.screen.safe" : "sync.screen.notSafe"));
            s.append("  ").append(m.get("sync.screen.progress", p.recordsDone(), p.recordsTotal(), p.bytesDone(),
                    p.bytesTotal()));
            if (model.runningProperty().get()) {
                p.timeLeft().ifPresent(d -> s.append("  ").append(m.get("sync.screen.timeLeft", d.toSeconds())));
                p.currentItem().ifPresent(c -> s.append("  ").append(m.get("sync.screen.current", c)));
            }
            return s.toString();
        }, model.progressProperty(), model.runningProperty());
        bar.textProperty().bind(text);
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> model.progressProperty().get() == null ? 0
                : model.progressProperty().get().fraction(), model.progressProperty()));
        ScriptStyle.follow(bar, text);
        return bar;
    }

    // Wrapped by syllable: a Label's own wrapping breaks Tibetan mid-syllable (issue 11 item 4).
    private org.lastmile.ui.controls.WrappingText wrapped(javafx.beans.value.ObservableStringValue text) {
        return org.lastmile.ui.controls.WrappingText.following(text);
    }

    private Node section(String titleKey, Node content) {
        Label title = ui.label(ui.text(titleKey), "section-title");
        title.setWrapText(true);
        VBox box = new VBox(8, title, content);
        box.getStyleClass().add("section");
        box.setPadding(new Insets(8, 10, 10, 10));
        return box;
    }

    /** One conflict: what and where, the office's and the field's values side by side, a button under each. */
    private final class ConflictCell extends ListCell<Conflicts.Open> {
        @Override
        protected void updateItem(Conflicts.Open c, boolean empty) {
            super.updateItem(c, empty);
            setText(null);
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            // the field by its name on the form (案由（汉文）), not its JSON name (cause_zh)
            Label what = ui.label(ui.locale().text(m -> m.get("sync.screen.item", model.entityName(c),
                    fieldLabel(m, c.entity(), c.value().field()))), "section-title");
            Button office = ui.button(ui.text("sync.screen.keepOffice"),
                    () -> model.decide(c, ConflictDecision.Choice.OFFICE));
            office.setId("keep-office");
            Button field = ui.button(ui.text("sync.screen.takeField"),
                    () -> model.decide(c, ConflictDecision.Choice.FIELD));
            field.setId("take-field");
            GridPane sides = new GridPane();
            sides.setHgap(16);
            sides.setVgap(4);
            sides.addRow(0, ui.label(ui.text("sync.screen.officeValue"), "hint"),
                    ui.label(ui.text("sync.screen.fieldValue"), "hint"));
            sides.addRow(1, value(c.value().server()), value(c.value().local()));
            sides.addRow(2, office, field);
            setGraphic(new VBox(4, what, sides));
        }

        private Label value(String text) {
            Label label = new Label(text == null ? "—" : text);
            label.setWrapText(true);
            label.setMaxWidth(380);
            ScriptStyle.apply(label, label.getText());
            return label;
        }
    }

    public Node root() {
        return root;
    }

    /** The form's label of a field ({@code case.field.causeZh} for {@code cause_zh}), else its JSON name. */
    static String fieldLabel(org.lastmile.i18n.Messages m, String entity, String field) {
        String key = entity + ".field." + CamelCase.of(field);
        return m.has(key) ? m.get(key) : field;
    }
}
