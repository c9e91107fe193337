package org.lastmile.ui.sketch.gnss;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.lastmile.gnss.receiver.ReceiverStatus;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.common.ViewContext;

/**
 * The receiver's fix, accuracy and satellites, always on screen above the sketch. The grade
 * against the capture limit is shown by a sign (✔ ▲ ✖) as well as by colour, never by colour alone.
 */
public final class ReceiverStrip {

    private final HBox root = new HBox(14);

    public ReceiverStrip(ReceiverStatusViewModel model, ViewContext ui) {
        root.setId("receiver-strip");
        root.getStyleClass().add("receiver-strip");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setMinHeight(44);
        Label sign = new Label();
        sign.setId("receiver-grade");
        sign.textProperty().bind(ui.locale().text(() -> switch (model.gradeProperty().get()) {
            case GOOD -> "✔";
            case FAIR -> "▲";
            case POOR -> "✖";
            case NONE -> "○";
        }, model.gradeProperty()));
        model.gradeProperty().addListener((obs, old, now) -> grade(now));
        grade(model.gradeProperty().get());
        Label state = ui.label(ui.locale().text(() -> state(ui.locale().messages(), model.statusProperty().get()),
                model.statusProperty()));
        state.setId("receiver-state");
        Label accuracy = ui.label(ui.locale().text(() -> accuracy(ui.locale().messages(), model.statusProperty().get(),
                model.limitM()), model.statusProperty()));
        accuracy.setId("receiver-accuracy");
        Label satellites = ui.label(ui.locale().text(() -> satellites(ui.locale().messages(),
                model.statusProperty().get()), model.statusProperty()));
        satellites.setId("receiver-satellites");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label source = new Label(model.receiver().description());
        source.getStyleClass().add("receiver-source");
        root.getChildren().addAll(sign, state, accuracy, satellites, gap, source);
    }

    private void grade(ReceiverStatusViewModel.Grade grade) {
        root.getStyleClass().removeIf(c -> c.startsWith("grade-"));
        root.getStyleClass().add("grade-" + grade.name().toLowerCase(java.util.Locale.ROOT));
    }

    static String state(Messages m, ReceiverStatus s) {
        String state = m.get(s.state().messageKey());
        return (s.state() == org.lastmile.gnss.receiver.ConnectionState.FIX) ? m.get("sketch.receiver.state", state, m.get(s.quality().messageKey())) : state;
    }

    static String accuracy(Messages m, ReceiverStatus s, double limit) {
        return (s.state() == org.lastmile.gnss.receiver.ConnectionState.FIX) && Double.isFinite(s.estimatedAccuracy())
                ? m.get("sketch.receiver.accuracy", s.estimatedAccuracy(), limit)
                : m.get("sketch.receiver.noAccuracy", limit);
    }

    static String satellites(Messages m, ReceiverStatus s) {
        return s.satellitesUsed() < 0 ? m.get("sketch.receiver.noSatellites")
                : m.get("sketch.receiver.satellites", s.satellitesUsed(), Math.max(s.satellitesInView(), s.satellitesUsed()));
    }

    public HBox root() {
        return root;
    }
}
