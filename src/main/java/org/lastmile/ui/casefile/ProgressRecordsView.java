package org.lastmile.ui.casefile;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.lastmile.domain.cases.EnforcementCase;
import org.lastmile.domain.deadline.CaseProgress;
import org.lastmile.domain.deadline.Extension;
import org.lastmile.domain.deadline.NodeEvent;
import org.lastmile.domain.deadline.Pause;
import org.lastmile.domain.deadline.Seizure;
import org.lastmile.i18n.Formats;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.common.Sections;

/** What has been recorded on the timeline: node dates, pauses, extensions and seizures. */
final class ProgressRecordsView {

    private final CaseFileViewModel model;
    private final ViewContext ui;
    private final ProgressDialogs dialogs;
    private final VBox box = new VBox(3);

    ProgressRecordsView(CaseFileViewModel model, ViewContext ui, ProgressDialogs dialogs) {
        this.model = model;
        this.ui = ui;
        this.dialogs = dialogs;
        box.setId("progress-records");
        box.getStyleClass().add("progress-records");
        model.caseProperty().addListener((obs, old, now) -> render(now));
        render(model.caseProperty().get());
    }

    private void render(EnforcementCase c) {
        box.getChildren().clear();
        if (c == null) {
            return;
        }
        CaseProgress p = c.progress();
        for (NodeEvent e : p.events()) {
            line(ui.locale().text(m -> m.get("case.view.record.node", Formats.of(m).longDate(e.date()),
                    m.get(e.kind().messageKey()), e.note() == null ? "" : e.note())), null);
        }
        for (Pause pause : p.pauses()) {
            Button end = null;
            if (pause.isOpen()) {
                end = ui.button(ui.text("case.view.action.endPause"), () -> dialogs.endPause(pause.id()));
            }
            line(ui.locale().text(m -> pause.isOpen()
                    ? m.get("case.view.record.pauseOpen", m.get(pause.reason().messageKey()),
                            Formats.of(m).longDate(pause.from()))
                    : m.get("case.view.record.pause", m.get(pause.reason().messageKey()),
                            Formats.of(m).longDate(pause.from()), Formats.of(m).longDate(pause.to()))), end);
        }
        for (Extension x : p.extensions()) {
            line(ui.locale().text(m -> m.get("case.view.record.extension", Formats.of(m).longDate(x.approvedOn()),
                    x.months())), null);
        }
        for (Seizure s : p.seizures()) {
            Button release = null;
            if (s.releasedOn() == null) {
                release = ui.button(ui.text("case.view.action.release"), () -> dialogs.releaseSeizure(s.id()));
            }
            line(ui.locale().text(m -> s.releasedOn() == null
                    ? m.get("case.view.record.seizure", m.get(s.kind().messageKey()),
                            s.description() == null ? "" : s.description(), Formats.of(m).longDate(s.date()))
                    : m.get("case.view.record.seizureReleased", m.get(s.kind().messageKey()),
                            s.description() == null ? "" : s.description(), Formats.of(m).longDate(s.date()),
                            Formats.of(m).longDate(s.releasedOn()))), release);
        }
    }

    private void line(ObservableStringValue text, Button action) {
        HBox line = new HBox(8, Sections.value(text, null));
        if (action != null) {
            line.getChildren().add(action);
        }
        box.getChildren().add(line);
    }

    Node view() {
        return box;
    }
}
