package org.lastmile.ui.casefile;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.lastmile.ui.controls.ScriptStyle;

/** Small layout helpers shared by the parts of the case view. */
final class Sections {

    private Sections() {
    }

    /** A titled block: the title bar (title and actions on the right), then the content. */
    static VBox section(String id, ObservableStringValue title, Node content, Node... actions) {
        Label heading = new Label();
        heading.textProperty().bind(title);
        heading.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, heading, spacer);
        bar.getChildren().addAll(actions);
        VBox box = new VBox(6, bar, content);
        box.getStyleClass().add("section");
        box.setId(id);
        box.setPadding(new Insets(8, 10, 10, 10));
        return box;
    }

    /** A value label marked by script, so that Tibetan comes out in the bundled font. */
    static Label value(ObservableStringValue text, String id) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.getStyleClass().add("value");
        ScriptStyle.follow(label, label.textProperty());
        if (id != null) {
            label.setId(id);
        }
        return label;
    }

    /** A value label with fixed text. */
    static Label value(String text, String id) {
        Label label = new Label(text == null ? "" : text);
        label.getStyleClass().add("value");
        ScriptStyle.apply(label, label.getText());
        if (id != null) {
            label.setId(id);
        }
        return label;
    }
}
