package org.lastmile.ui.record.attachments;

import java.time.ZoneId;
import java.util.Locale;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.i18n.Formats;
import org.lastmile.i18n.Messages;
import org.lastmile.ui.common.ViewContext;
import org.lastmile.ui.common.Sections;
import org.lastmile.ui.record.edit.RecordContext;

/**
 * Photos and body-camera files: kind, file name, when the photo was taken (EXIF) and where, size,
 * and whether the file is kept where it was (by reference); buttons to import photos, a folder,
 * or a body-camera file, or a field file (through {@link FieldImportDialog}, stored as GeoJSON);
 * what was skipped and why.
 */
public final class AttachmentsView {

    private final RecordContext model;
    private final AttachmentsViewModel attachments;
    private final ViewContext ui;
    private final ZoneId zone;
    private final GridPane grid = new GridPane();
    private final VBox problems = new VBox(2);
    private final VBox root;

    public AttachmentsView(RecordContext model, AttachmentsViewModel attachments, ViewContext ui, ZoneId zone) {
        this.model = model;
        this.attachments = attachments;
        this.ui = ui;
        this.zone = zone;
        BooleanBinding blocked = model.editor().sealedBinding().or(attachments.busyProperty());
        grid.setHgap(12);
        grid.setVgap(3);
        grid.setId("attachment-list");
        problems.setId("attachment-problems");
        Button photos = Sections.editButton(ui, "import-photos", ui.text("record.attachments.photos"),
                attachments::importPhotos, blocked);
        Button folder = Sections.editButton(ui, "import-folder", ui.text("record.attachments.folder"),
                attachments::importFolder, blocked);
        Button camera = Sections.editButton(ui, "add-body-camera", ui.text("record.attachments.bodyCamera"),
                attachments::addBodyCamera, blocked);
        Button fieldFile = Sections.editButton(ui, "import-field-file", ui.text("record.attachments.fieldFile"),
                this::importFieldFile, blocked);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(attachments.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        // The buttons wrap onto a second line rather than being cut to "…" beside the title at
        // 1024 px in Tibetan (issue 11 item 6).
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(6, 4, photos, folder, camera, fieldFile);
        root = Sections.section("record-attachments", ui.text("record.attachments.title"),
                new VBox(4, actions, grid, problems), busy);
        model.editor().currentProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || !old.attachments().equals(now.attachments())) {
                render(now);
            }
        });
        attachments.problemsProperty().addListener((obs, old, now) -> showProblems());
        // A switch re-texts the rows (bound through LocaleService, so the warm-up computes them ahead
        // in the other language); only changed attachments make them anew (issue 11 item 7).
        render(model.editor().current());
    }

    // Asks for the file first; the dialog opens only when there is one.
    private void importFieldFile() {
        attachments.fieldImport().ifPresent(dialog -> new FieldImportDialog(ui, dialog,
                root.getScene() == null ? null : root.getScene().getWindow()).show());
    }

    private void render(SiteRecord r) {
        grid.getChildren().clear();
        if (r == null) {
            return;
        }
        int row = 0;
        for (AttachmentRef a : r.attachments()) {
            int index = row;
            grid.add(Sections.value(ui.text(a.kind().messageKey()), null), 0, row);
            grid.add(Sections.value(a.fileName(), "attachment-name-" + index), 1, row);
            grid.add(Sections.value(ui.locale().text(m -> taken(a, m)), "attachment-time-" + index), 2, row);
            String where = a.latitude() == null ? "" : String.format(Locale.ROOT, "%.5f, %.5f", a.longitude(),
                    a.latitude());
            grid.add(Sections.value(where, null), 3, row);
            grid.add(Sections.value(ui.locale().text(m -> size(a, m)), "attachment-size-" + index), 4, row);
            Button remove = Sections.editButton(ui, "remove-attachment-" + index, ui.text("record.people.remove"),
                    () -> model.say(attachments.remove(a.sha256()).orElse(null)),
                    model.editor().sealedBinding());
            grid.add(remove, 5, row);
            row++;
        }
    }

    private String taken(AttachmentRef a, Messages m) {
        Formats f = Formats.of(m);
        return a.capturedAt() == null ? m.get("record.attachments.noTime")
                : m.get("record.attachments.taken", f.longDate(a.capturedAt().atZone(zone).toLocalDate()),
                        f.time(a.capturedAt().atZone(zone).toLocalDateTime()));
    }

    private String size(AttachmentRef a, Messages m) {
        String size = m.get(a.byReference() ? "record.attachments.byReference" : "record.attachments.size",
                Formats.of(m).integer(Math.max(1, a.size() / 1024)));
        return attachments.held(a) ? size : m.get("record.attachments.notHere", size);
    }

    private void showProblems() {
        problems.getChildren().clear();
        for (var problem : attachments.problemsProperty().get()) {
            Label label = Sections.value(ui.locale().text(m -> m.get(problem)), null);
            label.getStyleClass().add("field-problem");
            problems.getChildren().add(label);
        }
    }

    public Node view() {
        return root;
    }
}
