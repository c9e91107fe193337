package org.lastmile.ui.sketch.gnss;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.lastmile.ui.common.ViewContext;

/**
 * Where the receiver strip stands when no receiver is chosen in the settings: a plain statement
 * (corners are typed or imported; a receiver is chosen in the settings), not an error.
 */
public final class NoReceiverStrip {

    private final HBox root = new HBox(14);

    public NoReceiverStrip(ViewContext ui) {
        root.setId("receiver-strip");
        root.getStyleClass().addAll("receiver-strip", "grade-none");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setMinHeight(44);
        Label sign = new Label("○");
        sign.setId("receiver-grade");
        Label state = ui.label(ui.text("sketch.receiver.none"));
        state.setId("receiver-state");
        root.getChildren().addAll(sign, state);
    }

    public HBox root() {
        return root;
    }
}
