package org.lastmile.ui.sketch.field;

import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ScriptStyle;

/**
 * The window that brings a field file onto the sketch: choose the file, see each point, line or
 * polygon with its plane position, choose what it becomes, and import (one undoable edit).
 */
public final class FieldFileDialog {

    private final FieldFileViewModel model;
    private final ViewContext ui;
    private final BorderPane root = new BorderPane();
    private final VBox rows = new VBox(4);
    private Stage stage;

    public FieldFileDialog(FieldFileViewModel model, ViewContext ui) {
        this.model = model;
        this.ui = ui;
        root.setId("field-file-dialog");
        root.getProperties().put(FieldFileViewModel.class, model);
        root.setPadding(new Insets(10));
        Button open = ui.button(ui.text("sketch.fieldFile.choose"), () -> choose(root.getScene().getWindow()));
        open.setId("field-file-choose");
        Label file = ui.label(ui.locale().text(() -> model.fileNameProperty().get(), model.fileNameProperty()));
        HBox top = new HBox(8, open, file);
        top.setAlignment(Pos.CENTER_LEFT);
        root.setTop(top);
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        BorderPane.setMargin(scroll, new Insets(8, 0, 8, 0));
        Label message = ui.label(ui.locale().text(() -> model.messageProperty().get() == null ? ""
                : ui.locale().messages().get(model.messageProperty().get()), model.messageProperty()));
        message.setId("field-file-message");
        Button apply = ui.button(ui.text("sketch.fieldFile.import"), model::apply);
        apply.setId("field-file-import");
        apply.disableProperty().bind(model.busyProperty());
        Button close = ui.button(ui.text("sketch.fieldFile.close"), () -> ((Stage) root.getScene().getWindow()).close());
        HBox bottom = new HBox(8, apply, close, message);
        bottom.setAlignment(Pos.CENTER_LEFT);
        root.setBottom(bottom);
        model.rows().addListener((ListChangeListener<FieldFileViewModel.Row>) c -> showRows());
        // a window of its own: the Tibetan face comes from the root's language class, as in the main window
        ScriptStyle.applyLanguage(root, ui.locale().getLanguage());
        ui.locale().messagesProperty().addListener((o, a, b) -> {
            ScriptStyle.applyLanguage(root, ui.locale().getLanguage());
            showRows();
        });
        for (Button b : new Button[] {open, apply, close}) {
            b.setMinHeight(44);
        }
    }

    private void choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("GPX, KML, CSV, GeoJSON, CASS, NMEA",
                "*.gpx", "*.kml", "*.kmz", "*.csv", "*.txt", "*.geojson", "*.json", "*.dat", "*.nmea", "*.log"));
        File f = chooser.showOpenDialog(owner);
        if (f != null) {
            model.open(f.toPath());
        }
    }

    private void showRows() {
        rows.getChildren().clear();
        Messages m = ui.locale().messages();
        int i = 0;
        for (FieldFileViewModel.Row row : model.rows()) {
            var p = row.point();
            var first = row.plane().get(0);
            String what = m.get("sketch.fieldFile.row", p.name().isEmpty() ? "—" : p.name(),
                    m.get("sketch.fieldFile.kind." + p.kind().name().toLowerCase(java.util.Locale.ROOT)),
                    p.positions().size(), first.e(), first.n());
            if (p.fixes() > 0) {
                what = what + "  " + m.get("sketch.fieldFile.averaged", p.fixes(), p.sigmaM());
            }
            Label label = new Label(what);
            ScriptStyle.apply(label, what);
            label.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(label, Priority.ALWAYS);
            ComboBox<FieldFileUse> use = new ComboBox<>();
            use.getItems().setAll(FieldFileUse.values());
            use.setCellFactory(list -> new UseCell(m));
            use.setButtonCell(new UseCell(m));
            use.valueProperty().bindBidirectional(row.useProperty());
            use.setId("field-file-use-" + i);
            use.setMinHeight(40);
            HBox line = new HBox(8, label, use);
            line.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(line);
            i++;
        }
    }

    /** A choice by its name in the interface language. */
    private static final class UseCell extends ListCell<FieldFileUse> {
        private final Messages m;

        UseCell(Messages m) {
            this.m = m;
        }

        @Override
        protected void updateItem(FieldFileUse item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : m.get(item.messageKey()));
            ScriptStyle.apply(this, getText() == null ? "" : getText());
        }
    }

    /** Shows the window over {@code owner} (the same window again when it was shown before). */
    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
            stage.titleProperty().bind(ui.text("sketch.fieldFile.title"));
            stage.setScene(new Scene(root, 760, 460));
            if (owner != null && owner.getScene() != null) {
                stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        stage.show();
        stage.toFront();
    }

    public BorderPane root() {
        return root;
    }
}
