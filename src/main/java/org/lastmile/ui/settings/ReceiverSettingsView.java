package org.lastmile.ui.settings;

import java.io.File;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.lastmile.gnss.receiver.ReceiverChoice;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.controls.ScriptStyle;

/** The settings section that chooses the GNSS receiver (none, gpsd, serial, replayed log). */
public final class ReceiverSettingsView {

    private final VBox root = new VBox(8);

    public ReceiverSettingsView(ReceiverSettingsViewModel model, ViewContext ui) {
        ToggleGroup group = new ToggleGroup();
        HBox kinds = new HBox(14);
        for (ReceiverChoice.Kind k : ReceiverChoice.Kind.values()) {
            String name = k.name().toLowerCase(Locale.ROOT);
            RadioButton b = ViewContext.noMnemonics(new RadioButton());
            b.setId("receiver-kind-" + name);
            b.textProperty().bind(ui.text("settings.receiver.kind." + name));
            ScriptStyle.follow(b, b.textProperty());
            b.setUserData(k);
            b.setToggleGroup(group);
            b.setSelected(model.kindProperty().get() == k);
            kinds.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, now) -> {
            if (now != null) {
                model.kindProperty().set((ReceiverChoice.Kind) now.getUserData());
            }
        });
        model.kindProperty().addListener((o, a, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        TextField host = field(ui, "receiver-host", "settings.receiver.host", model.hostProperty());
        TextField port = field(ui, "receiver-port", "settings.receiver.port", model.portProperty());
        port.setPrefColumnCount(6);
        HBox.setHgrow(port, Priority.NEVER);
        HBox gpsd = new HBox(8, host, port);
        TextField device = field(ui, "receiver-device", "settings.receiver.device", model.deviceProperty());
        TextField replay = field(ui, "receiver-replay", "settings.receiver.replay", model.replayProperty());
        Button browse = ui.button(ui.text("settings.receiver.browse"), () -> {
            FileChooser chooser = new FileChooser();
            File f = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
            if (f != null) {
                model.replayProperty().set(f.getPath());
            }
        });
        HBox replayRow = new HBox(8, replay, browse);
        replayRow.setAlignment(Pos.CENTER_LEFT);
        gpsd.visibleProperty().bind(model.kindProperty().isEqualTo(ReceiverChoice.Kind.GPSD));
        device.visibleProperty().bind(model.kindProperty().isEqualTo(ReceiverChoice.Kind.SERIAL));
        replayRow.visibleProperty().bind(model.kindProperty().isEqualTo(ReceiverChoice.Kind.REPLAY));
        for (Node n : new Node[] {gpsd, device, replayRow}) {
            n.managedProperty().bind(n.visibleProperty());
        }
        Button save = ui.button(ui.text("settings.receiver.save"), model::save);
        save.setId("receiver-save");
        Label message = ui.label(ui.locale().text(() -> model.messageProperty().get() == null ? ""
                : ui.locale().messages().get(model.messageProperty().get()), model.messageProperty()), "save-state");
        message.setId("receiver-message");
        HBox bar = new HBox(8, save, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        // JavaFX's own wrapping breaks Tibetan and draws past the line (i18n.md): WrappingText does not
        org.lastmile.ui.controls.WrappingText hint = new org.lastmile.ui.controls.WrappingText();
        hint.textProperty().bind(ui.text("settings.receiver.hint"));
        hint.getStyleClass().add("hint");
        Label title = ui.label(ui.text("settings.receiver"), "section-title");
        root.getChildren().addAll(title, kinds, gpsd, device, replayRow, bar, hint);
        root.getStyleClass().add("section");
        root.setPadding(new Insets(8, 10, 10, 10));
    }

    private static TextField field(ViewContext ui, String id, String promptKey, javafx.beans.property.StringProperty value) {
        TextField f = ui.input(new TextField());
        f.setId(id);
        f.promptTextProperty().bind(ui.text(promptKey));
        f.textProperty().bindBidirectional(value);
        f.setMinHeight(40);
        HBox.setHgrow(f, Priority.ALWAYS);
        return f;
    }

    public Node root() {
        return root;
    }
}
