package org.lastmile.ui.record.seal;

import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.lastmile.ui.controls.WrappingText;
import javafx.scene.layout.VBox;
import org.lastmile.domain.cases.Officer;
import org.lastmile.domain.record.rules.Violation;
import org.lastmile.service.RecordService;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.common.Sections;
import org.lastmile.ui.record.edit.RecordContext;
import org.lastmile.ui.record.edit.RecordEditor;

/**
 * The live rules panel: what blocks sealing and what is only a warning, each naming what is
 * missing, checked again after every edit; "ready to seal" when nothing blocks. Once sealed, the
 * seal instead: its short code, when, and the badge with the QR code.
 */
public final class RulesView {

    private final RecordContext model;
    private final RulesViewModel rules;
    private final SealViewModel seal;
    private final ViewContext ui;
    private final SealBadge badge;
    private final VBox list = new VBox(4);
    private final VBox root;

    public RulesView(RecordContext model, RulesViewModel rules, SealViewModel seal, ViewContext ui, ZoneId zone) {
        this.model = model;
        this.rules = rules;
        this.seal = seal;
        this.ui = ui;
        this.badge = new SealBadge(ui, new SealTexts(zone));
        badge.checkProperty().bind(seal.checkProperty());
        // The side column is narrow: a smaller QR code, and the badge's words wrap instead of overflowing.
        badge.qrView().setFitWidth(132);
        badge.qrView().setPreserveRatio(true);
        badge.node().setMinWidth(0);
        badge.node().setMaxWidth(Double.MAX_VALUE);
        seal.sealedByProperty().addListener((obs, old, now) -> render());
        model.officersProperty().addListener((obs, old, now) -> render());
        list.setId("rule-list");
        root = Sections.section("record-rules", ui.locale().text(() -> ui.locale().get(
                model.editor().sealProperty().get() == null ? "record.rules.title" : "record.rules.sealedTitle"),
                model.editor().sealProperty()), list);
        root.getStyleClass().add("rules-panel");
        rules.violationsProperty().addListener((obs, old, now) -> render());
        model.editor().sealProperty().addListener((obs, old, now) -> render());
        // A switch re-texts the rule lines (bound through LocaleService, so the warm-up computes
        // them ahead in the other language); only the seal badge is made anew (issue 11 item 7).
        ui.locale().messagesProperty().addListener((obs, old, now) -> {
            if (model.editor().sealProperty().get() != null) {
                render();
            }
        });
        render();
    }

    private void render() {
        list.getChildren().clear();
        Messages m = ui.locale().messages();
        RecordEditor.Seal sealed = model.editor().sealProperty().get();
        if (sealed != null && model.editor().current() != null) {
            badge.sealProperty().set(new SealInfo(model.editor().current().id(), sealed.sha256(), sealed.sealedAt(),
                    sealer(m)));
            list.getChildren().add(badge.node());
            return;
        }
        badge.sealProperty().set(null);
        List<Violation> violations = rules.violationsProperty().get();
        if (violations.stream().noneMatch(Violation::blocks)) {
            Label ready = Sections.value(ui.text("record.rules.ready"), "rules-ready");
            ready.getStyleClass().add("rules-ready");
            list.getChildren().add(ready);
        }
        int index = 0;
        for (Violation v : violations) {
            // Wrapped by syllable: a Label's own wrapping breaks Tibetan mid-syllable and overdraws.
            WrappingText message = WrappingText.following(ui.locale().text(in -> in.get(v)));
            message.setId("rule-" + index++);
            message.getStyleClass().add(v.blocks() ? "rule-block" : "rule-warn");
            HBox.setHgrow(message, Priority.ALWAYS);
            message.setMinWidth(0);
            message.setPrefWidth(300);
            Region icon = new Region();
            icon.getStyleClass().add(v.blocks() ? "block-icon" : "warning-icon");
            HBox line = new HBox(6, icon, message);
            line.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            line.setPadding(new javafx.geometry.Insets(0, 0, 2, 0));
            list.getChildren().add(line);
        }
    }

    /** Who sealed: the officer's name, "the demo data", or what the audit log says; null until read. */
    private String sealer(Messages m) {
        String actor = seal.sealedByProperty().get();
        if (actor == null) {
            return null;
        }
        if (RecordService.DEMO_ACTOR.equals(actor)) {
            return m.get("record.seal.byDemo");
        }
        return model.officersProperty().get().stream().filter(o -> o.id().toString().equals(actor)).findFirst()
                .map(Officer::displayName).orElse(actor);
    }

    public Node view() {
        return root;
    }
}
