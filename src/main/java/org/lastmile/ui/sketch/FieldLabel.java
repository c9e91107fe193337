package org.lastmile.ui.sketch;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.WrappingText;

/**
 * A field of the sketch panel with what it asks for written above it, wrapped by syllable, instead
 * of a prompt inside it: a third of the 330 px panel holds "E 东坐标" but not
 * "ཤར་གྱི་ས་བཀོད་དམ་གཞུང་ཐིག" (E or longitude), and a prompt is cut at the field's edge without a
 * "…" and gone once the officer types. The label stays, in any language and at any width; the
 * field's accessible text is the same words, so a screen reader names the field.
 */
public final class FieldLabel {

    private FieldLabel() {
    }

    /**
     * The field under its label (the bundle text of {@code key}), as one column: it grows with its
     * row unless the field has a fixed width, which the column then takes.
     */
    public static VBox above(ViewContext ui, String key, TextField field) {
        WrappingText label = WrappingText.following(ui.text(key), "sketch-field-label");
        label.setId(field.getId() == null ? null : field.getId() + "-label");
        field.accessibleTextProperty().bind(ui.text(key));
        VBox column = new VBox(2, label, field);
        column.setAlignment(Pos.BOTTOM_LEFT); // in a row, the fields line up under labels of 1 or 2 lines
        column.setFillWidth(true);
        field.setMaxWidth(Double.MAX_VALUE);
        if (field.getMinWidth() > 0 && field.getPrefWidth() == field.getMinWidth()) {
            column.setMinWidth(field.getMinWidth());
            column.setPrefWidth(field.getMinWidth());
            column.setMaxWidth(field.getMinWidth());
        } else {
            // columns share the row evenly: the label's one-line width must not claim it
            column.setPrefWidth(0);
            HBox.setHgrow(column, Priority.ALWAYS);
        }
        return column;
    }

    /** Labelled fields (and other controls) side by side, the fields lined up at the bottom. */
    public static HBox row(Node... nodes) {
        HBox row = new HBox(6, nodes);
        row.setAlignment(Pos.BOTTOM_LEFT);
        return row;
    }
}
