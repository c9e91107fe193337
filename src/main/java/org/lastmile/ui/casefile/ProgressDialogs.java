package org.lastmile.ui.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.lastmile.common.LocalizedException;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.deadline.NodeKind;
import org.lastmile.domain.deadline.PauseReason;
import org.lastmile.domain.deadline.SeizureKind;
import org.lastmile.ui.common.form.DateInput;
import org.lastmile.ui.common.Choice;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ScriptStyle;

/**
 * The small dialogs of the timeline: record a node's date, start or end a pause, add an extension,
 * record or release a seizure. OK saves through the view model; a problem (an impossible date, a
 * date in the future) is shown in the dialog, which stays open.
 */
final class ProgressDialogs {

    private final CaseFileViewModel model;
    private final ViewContext ui;
    private final Supplier<Window> owner;
    private final Supplier<LocalDate> today;

    ProgressDialogs(CaseFileViewModel model, ViewContext ui, Supplier<Window> owner, Supplier<LocalDate> today) {
        this.model = model;
        this.ui = ui;
        this.owner = owner;
        this.today = today;
    }

    void recordNode() {
        var kind = new SimpleObjectProperty<>(NodeKind.NOTICE_SENT);
        TextField date = dateField();
        TextField note = ui.input(new TextField());
        show("record-node-dialog", "case.view.action.node", List.of(
                row("progress.field.node", Choice.comboBox(ui.locale(), List.of(NodeKind.values()),
                        NodeKind::messageKey, null, kind)),
                row("progress.field.date", date), row("progress.field.note", note)),
                () -> parse(date).flatMap(d -> model.recordNode(kind.get(), d, note.getText())));
    }

    void startPause() {
        var reason = new SimpleObjectProperty<>(PauseReason.SUSPENSION);
        TextField from = dateField();
        show("pause-dialog", "case.view.action.pause", List.of(
                row("progress.field.reason", Choice.comboBox(ui.locale(), List.of(PauseReason.values()),
                        PauseReason::messageKey, null, reason)),
                row("progress.field.from", from)),
                () -> parse(from).flatMap(d -> model.startPause(reason.get(), d)));
    }

    void endPause(UUID pauseId) {
        TextField to = dateField();
        show("end-pause-dialog", "case.view.action.endPause", List.of(row("progress.field.to", to)),
                () -> parse(to).flatMap(d -> model.endPause(pauseId, d)));
    }

    void addExtension() {
        TextField approved = dateField();
        TextField months = ui.input(new TextField("3"));
        show("extension-dialog", "case.view.action.extension", List.of(
                row("progress.field.approvedOn", approved), row("progress.field.months", months)),
                () -> parse(approved).flatMap(d -> {
                    try {
                        return model.addExtension(d, Integer.parseInt(months.getText().strip()));
                    } catch (NumberFormatException e) {
                        return Optional.of(new LocalizedException("progress.error.months"));
                    }
                }));
    }

    void addSeizure() {
        var kind = new SimpleObjectProperty<>(SeizureKind.MOVABLE);
        TextField description = ui.input(new TextField());
        TextField date = dateField();
        show("seizure-dialog", "case.view.action.seizure", List.of(
                row("progress.field.seizureKind", Choice.comboBox(ui.locale(), List.of(SeizureKind.values()),
                        SeizureKind::messageKey, null, kind)),
                row("progress.field.description", description), row("progress.field.date", date)),
                () -> parse(date).flatMap(d -> model.addSeizure(kind.get(), description.getText(), d)));
    }

    void releaseSeizure(UUID seizureId) {
        TextField on = dateField();
        show("release-dialog", "case.view.action.release", List.of(row("progress.field.date", on)),
                () -> parse(on).flatMap(d -> model.releaseSeizure(seizureId, d)));
    }

    private TextField dateField() {
        TextField field = ui.input(new TextField(DateInput.format(today.get())));
        field.promptTextProperty().bind(ui.text("form.date.prompt"));
        field.setId("dialog-date");
        return field;
    }

    /** The date of a field, or the problem with it; {@code Optional.empty()} means "go on". */
    private static Optional<MessageKeyed> parse(TextField field, Function<LocalDate, Optional<MessageKeyed>> then) {
        try {
            LocalDate date = DateInput.parse(field.getText());
            return then.apply(date);
        } catch (LocalizedException e) {
            return Optional.of(e);
        }
    }

    private static Parsed parse(TextField field) {
        return then -> parse(field, then);
    }

    /** A date that still has to be parsed: runs the action with it, or reports the problem. */
    @FunctionalInterface
    private interface Parsed {
        Optional<MessageKeyed> flatMap(Function<LocalDate, Optional<MessageKeyed>> then);
    }

    private record Row(String labelKey, Node control) {
    }

    private static Row row(String labelKey, Node control) {
        return new Row(labelKey, control);
    }

    private void show(String id, String titleKey, List<Row> rows, Supplier<Optional<MessageKeyed>> save) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.titleProperty().bind(ui.locale().text(m -> m.get(titleKey)));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            grid.add(ui.label(ui.locale().text(m -> m.get(r.labelKey())), "form-label"), 0, i);
            grid.add(r.control(), 1, i);
        }
        Label problem = new Label();
        problem.setId(id + "-problem");
        problem.getStyleClass().add("field-problem");
        grid.add(problem, 1, rows.size());
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ui.controls().install(dialog.getDialogPane());
        dialog.getDialogPane().getStylesheets().addAll(owner.get() == null ? List.of()
                : owner.get().getScene().getStylesheets());
        ScriptStyle.applyLanguage(dialog.getDialogPane(), ui.locale().getLanguage());
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<MessageKeyed> refused = save.get();
            if (refused.isPresent()) {
                problem.setText(ui.locale().messages().get(refused.get()));
                e.consume();
            }
        });
        dialog.show();
    }
}
