package org.lastmile.ui.common;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.lastmile.ui.controls.ScriptStyle;

/** Layout helpers shared by the parts of the case view and the record screen. */
public final class Sections {

    private Sections() {
    }

    /** A titled block: the title bar (title, then actions on the right), then the content. */
    public static VBox section(String id, ObservableStringValue title, Node content, Node... actions) {
        Label heading = new Label();
        heading.textProperty().bind(title);
        heading.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, spacer);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().addAll(actions);
        VBox box = new VBox(6, bar, content);
        box.getStyleClass().add("section");
        box.setId(id);
        box.setPadding(new Insets(8, 10, 10, 10));
        return box;
    }

    /** A button that is disabled while its screen is read-only (a sealed record). */
    public static Button editButton(ViewContext ui, String id, ObservableStringValue text, Runnable action,
            BooleanExpression readOnly) {
        Button button = ui.button(text, action);
        button.setId(id);
        button.disableProperty().bind(readOnly);
        return button;
    }

    /** A label with fixed text, marked by script so that Tibetan comes out in the bundled font. */
    public static Label value(String text, String id) {
        Label label = new Label(text == null ? "" : text);
        label.getStyleClass().add("value");
        ScriptStyle.apply(label, label.getText());
        if (id != null) {
            label.setId(id);
        }
        return label;
    }

    /** A label following a text, marked by script. */
    public static Label value(ObservableStringValue text, String id) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().add("value");
        ScriptStyle.follow(label, label.textProperty());
        if (id != null) {
            label.setId(id);
        }
        return label;
    }
}
