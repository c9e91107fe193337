package org.lastmile.ui.record.attachments;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Callback;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.gnss.datum.Datum;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ScriptStyle;

/**
 * The "Import field file" dialog: the file (and a button for another one), the datum it is in
 * with the apps that write each, the plane system of a CASS file, a preview of the features after
 * conversion, the file's bad lines and the warnings, and Import / Cancel. Shown without blocking;
 * it closes once the record names the stored GeoJSON.
 */
public final class FieldImportDialog {

    private final Dialog<AttachmentRef> dialog = new Dialog<>();
    private final ViewContext ui;
    private final FieldImportViewModel model;
    private final Label fileName = new Label();
    private final Label error = new Label();
    private final VBox notes = new VBox(2);
    private final TableView<FieldImportViewModel.Row> table = new TableView<>();

    FieldImportDialog(ViewContext ui, FieldImportViewModel model, Window owner) {
        this.ui = ui;
        this.model = model;
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        } else {
            dialog.getDialogPane().getStylesheets().add(ui.fonts().stylesheet());
        }
        dialog.titleProperty().bind(ui.text("record.fieldImport.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("field-import-dialog");

        fileName.setId("field-import-file");
        Button other = ui.button(ui.text("record.fieldImport.otherFile"), model::chooseFile);
        other.setId("field-import-other-file");
        other.disableProperty().bind(model.busyProperty());

        ComboBox<Datum> datum = new ComboBox<>();
        datum.setId("field-import-datum");
        datum.getItems().setAll(Datum.WGS84, Datum.GCJ02, Datum.BD09);
        Callback<javafx.scene.control.ListView<Datum>, ListCell<Datum>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(Datum d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : datumText(d));
            }
        };
        datum.setCellFactory(cells);
        datum.setButtonCell(cells.call(null));
        datum.setValue(shown(model.datumProperty().get()));
        model.datumProperty().addListener((obs, old, now) -> datum.setValue(shown(now)));
        datum.valueProperty().addListener((obs, old, now) -> model.chooseDatum(now));
        datum.disableProperty().bind(model.needsCrsProperty());

        TextField crs = ui.input(new TextField(model.crsProperty().get()));
        crs.setId("field-import-crs");
        crs.setPromptText("EPSG:4521");
        crs.setOnAction(e -> model.setCrs(crs.getText()));
        crs.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.setCrs(crs.getText());
            }
        });
        Label crsLabel = ui.label(ui.text("record.fieldImport.crs"));
        HBox crsRow = new HBox(8, crsLabel, crs);
        crsRow.visibleProperty().bind(model.needsCrsProperty());
        crsRow.managedProperty().bind(crsRow.visibleProperty());

        error.setId("field-import-error");
        error.getStyleClass().add("field-problem");
        error.setWrapText(true);
        error.visibleProperty().bind(model.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        notes.setId("field-import-notes");

        table.setId("field-import-preview");
        table.setPrefHeight(220);
        table.getColumns().setAll(List.of(
                column("record.fieldImport.column.name", r -> r.name()),
                column("record.fieldImport.column.kind", r -> kindText(r)),
                column("record.fieldImport.column.lon", r -> String.format(Locale.ROOT, "%.7f", r.lon())),
                column("record.fieldImport.column.lat", r -> String.format(Locale.ROOT, "%.7f", r.lat())),
                column("record.fieldImport.column.source", r -> r.source())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        VBox content = new VBox(8,
                new HBox(8, ui.label(ui.text("record.fieldImport.file")), fileName, other),
                new HBox(8, ui.label(ui.text("record.fieldImport.datum")), datum),
                crsRow, error, table, notes);
        content.setPrefWidth(720);
        dialog.getDialogPane().setContent(content);

        ButtonType importType = new ButtonType("import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(importType, ButtonType.CANCEL);
        ui.controls().install(dialog.getDialogPane());
        ScriptStyle.applyLanguage(dialog.getDialogPane(), ui.locale().getLanguage());
        Button ok = (Button) dialog.getDialogPane().lookupButton(importType);
        ok.setId("field-import-confirm");
        ok.textProperty().bind(ui.text("record.fieldImport.import"));
        ok.disableProperty().bind(model.canImportProperty().not());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // closes only once the record names the document
            model.importIntoRecord();
        });
        Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("field-import-cancel");
        dialog.setResultConverter(button -> button == importType ? model.importedProperty().get() : null);
        model.importedProperty().addListener((obs, old, made) -> {
            if (made != null) {
                dialog.setResult(made);
                dialog.close();
            }
        });

        model.fileProperty().addListener((obs, old, now) -> showFile());
        model.rowsProperty().addListener((obs, old, now) -> table.getItems().setAll(now));
        model.errorProperty().addListener((obs, old, now) -> showNotes());
        model.problemsProperty().addListener((obs, old, now) -> showNotes());
        model.warningsProperty().addListener((obs, old, now) -> showNotes());
        ui.locale().messagesProperty().addListener((obs, old, now) -> {
            showNotes();
            table.refresh();
        });
        showFile();
        table.getItems().setAll(model.rowsProperty().get());
        showNotes();
    }

    private static Datum shown(Datum d) {
        return d == Datum.CGCS2000 ? Datum.WGS84 : d;
    }

    private String datumText(Datum d) {
        Messages m = ui.locale().messages();
        return switch (d) {
            case WGS84, CGCS2000 -> m.get("record.fieldImport.datum.wgs84");
            case GCJ02 -> m.get("record.fieldImport.datum.gcj02");
            case BD09 -> m.get("record.fieldImport.datum.bd09");
        };
    }

    private String kindText(FieldImportViewModel.Row r) {
        Messages m = ui.locale().messages();
        return switch (r.kind()) {
            case POINT -> m.get("record.fieldImport.kind.point");
            case LINE -> m.get("record.fieldImport.kind.line", r.vertices());
            case POLYGON -> m.get("record.fieldImport.kind.polygon", r.vertices());
        };
    }

    private TableColumn<FieldImportViewModel.Row, String> column(String key,
            java.util.function.Function<FieldImportViewModel.Row, String> text) {
        TableColumn<FieldImportViewModel.Row, String> c = new TableColumn<>();
        c.textProperty().bind(ui.text(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private void showFile() {
        var path = model.fileProperty().get();
        fileName.setText(path == null ? "" : String.valueOf(path.getFileName()));
        ScriptStyle.apply(fileName, fileName.getText());
    }

    private void showNotes() {
        Messages m = ui.locale().messages();
        MessageKeyed why = model.errorProperty().get();
        error.setText(why == null ? "" : m.get(why));
        ScriptStyle.apply(error, error.getText());
        notes.getChildren().clear();
        for (MessageKeyed w : model.warningsProperty().get()) {
            Label label = new Label(m.get(w));
            label.setWrapText(true);
            label.getStyleClass().add("field-warning");
            ScriptStyle.apply(label, label.getText());
            notes.getChildren().add(label);
        }
        for (MessageKeyed p : model.problemsProperty().get()) {
            Label label = new Label(m.get(p));
            label.setWrapText(true);
            label.getStyleClass().add("field-problem");
            ScriptStyle.apply(label, label.getText());
            notes.getChildren().add(label);
        }
    }

    /** Shows the dialog without waiting; the attachment arrives through the view model. */
    void show() {
        dialog.show();
    }

    Dialog<AttachmentRef> dialog() {
        return dialog;
    }
}
