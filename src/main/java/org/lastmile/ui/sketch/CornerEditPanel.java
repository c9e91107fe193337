package org.lastmile.ui.sketch;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.sketch.canvas.Layer;

/**
 * The keyboard-first corner entry of the sketch panel: the selected corner's E and N (that order,
 * said in the heading and the labels above the fields), a new corner by bearing and distance, and a new corner by
 * distance along an edge and offset. Enter in the last field of a row commits it; Enter in an
 * earlier field moves on. Also the canvas layer that rings the selected corner.
 */
final class CornerEditPanel {

    private final CornerEditViewModel model;
    private final ViewContext ui;
    private final java.util.Map<TextField, String> labels = new java.util.IdentityHashMap<>();

    CornerEditPanel(CornerEditViewModel model, ViewContext ui) {
        this.model = model;
        this.ui = ui;
    }

    List<Node> nodes() {
        TextField corner = field("sketch-vertex-corner", "sketch.vertex.corner", 70);
        corner.textProperty().bindBidirectional(model.selectedProperty());
        TextField east = field("sketch-vertex-east", "sketch.vertex.east", 0);
        east.textProperty().bindBidirectional(model.eastProperty());
        TextField north = field("sketch-vertex-north", "sketch.vertex.north", 0);
        north.textProperty().bindBidirectional(model.northProperty());
        corner.setOnAction(e -> {
            model.select(corner.getText().strip());
            east.requestFocus();
        });
        east.setOnAction(e -> north.requestFocus());
        north.setOnAction(e -> model.move());

        TextField from = field("sketch-polar-from", "sketch.polar.from", 70);
        TextField bearing = field("sketch-polar-bearing", "sketch.polar.bearing", 0);
        TextField distance = field("sketch-polar-distance", "sketch.polar.distance", 0);
        from.setOnAction(e -> bearing.requestFocus());
        bearing.setOnAction(e -> distance.requestFocus());
        distance.setOnAction(e -> {
            if (model.polar(from.getText(), bearing.getText(), distance.getText())) {
                bearing.clear();
                distance.clear();
                bearing.requestFocus();
            }
        });

        TextField a = field("sketch-offset-a", "sketch.offset.a", 60);
        TextField b = field("sketch-offset-b", "sketch.offset.b", 60);
        TextField along = field("sketch-offset-along", "sketch.offset.along", 0);
        TextField offset = field("sketch-offset-offset", "sketch.offset.offset", 0);
        a.setOnAction(e -> b.requestFocus());
        b.setOnAction(e -> along.requestFocus());
        along.setOnAction(e -> offset.requestFocus());
        offset.setOnAction(e -> {
            if (model.offset(a.getText(), b.getText(), along.getText(), offset.getText())) {
                along.clear();
                offset.clear();
                along.requestFocus();
            }
        });
        return List.of(heading("sketch.section.vertex"), row(corner, east, north), heading("sketch.section.polar"),
                row(from, bearing, distance), heading("sketch.section.offset"), row(a, b, along, offset));
    }

    /** Rings the selected corner on the canvas. */
    Layer selection() {
        return (g, v, pen) -> model.selectedPosition().ifPresent(p -> {
            double x = v.screenX(p.e());
            double y = v.screenY(p.n());
            pen.stroke(g, pen.theme().selection(), 3);
            g.strokeOval(x - 12, y - 12, 24, 24);
        });
    }

    /** A field named by the label above it (the bundle text of {@code labelKey}; see {@link FieldLabel}). */
    private TextField field(String id, String labelKey, double width) {
        TextField f = ui.input(new TextField());
        f.setId(id);
        f.setMinHeight(44);
        if (width > 0) {
            f.setPrefWidth(width);
            f.setMinWidth(width);
        }
        labels.put(f, labelKey);
        return f;
    }

    private Label heading(String key) {
        Label l = ui.label(ui.text(key), "sketch-heading");
        l.setStyle("-fx-font-weight: bold");
        return l;
    }

    /** The fields side by side, each under its label. */
    private HBox row(TextField... fields) {
        HBox row = FieldLabel.row(java.util.Arrays.stream(fields).map(f -> FieldLabel.above(ui, labels.get(f), f))
                .toArray(Node[]::new));
        row.setMinHeight(44);
        return row;
    }
}
