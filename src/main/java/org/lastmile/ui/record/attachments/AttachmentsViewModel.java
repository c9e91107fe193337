package org.lastmile.ui.record.attachments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.domain.record.SiteRecord;
import org.lastmile.survey.crs.GeoPoint;
import org.lastmile.service.AttachmentService;
import org.lastmile.service.FieldImportService;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.Problems;
import org.lastmile.ui.record.edit.RecordEditor;

/**
 * Photos (one by one or a whole folder, with their EXIF time and position), and body-camera files
 * (hashed; large ones kept where they are). Files are copied into the data directory by their
 * SHA-256 in a background task before the record names them; a file that is not an image or is
 * too large is skipped with a message naming it, and the others are still attached.
 */
public final class AttachmentsViewModel {

    private final RecordEditor editor;
    private final Background background;
    private final AttachmentService attachments;
    private final FieldImportService fieldImports;
    private final AttachmentChooser chooser;
    private final ReadOnlyObjectWrapper<List<MessageKeyed>> problems = new ReadOnlyObjectWrapper<>(this, "problems",
            List.of());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private List<GeoPoint> extraReferences = List.of();

    public AttachmentsViewModel(RecordEditor editor, Background background, AttachmentService attachments,
            FieldImportService fieldImports, AttachmentChooser chooser) {
        this.editor = editor;
        this.background = background;
        this.attachments = attachments;
        this.fieldImports = fieldImports;
        this.chooser = chooser;
    }

    /**
     * Whether the file of an attachment is on this laptop. A record made on another laptop of the
     * officer comes down before its photos; the sync fetches them after, and until then the screen
     * says the file is still to come from the court instead of its size.
     */
    public boolean held(AttachmentRef a) {
        return attachments.held(a);
    }

    /** Asks for photos and attaches those that are images within the size limit. */
    public void importPhotos() {
        List<Path> files = allowed() ? chooser.photos() : List.of();
        if (!files.isEmpty()) {
            run(() -> attachments.photos(files));
        }
    }

    /** Asks for a folder and attaches every photo in it. */
    public void importFolder() {
        Optional<Path> folder = allowed() ? chooser.folder() : Optional.empty();
        folder.ifPresent(f -> run(() -> attachments.folder(f)));
    }

    /** Asks for a body-camera file and attaches it (by reference when large). */
    public void addBodyCamera() {
        Optional<Path> file = allowed() ? chooser.bodyCameraFile() : Optional.empty();
        file.ifPresent(f -> run(() -> new AttachmentService.Batch(List.of(attachments.bodyCamera(f)), List.of())));
    }

    /**
     * Asks for a field file (GPX, KML, KMZ, CSV, GeoJSON, CASS .dat) and reads it for the import
     * dialog; empty when the record is sealed or the officer cancelled.
     */
    public Optional<FieldImportViewModel> fieldImport() {
        if (!allowed()) {
            return Optional.empty();
        }
        FieldImportViewModel dialog = new FieldImportViewModel(editor, background, fieldImports, chooser,
                this::referencePoints);
        return dialog.chooseFile() ? Optional.of(dialog) : Optional.empty();
    }

    /**
     * The site's GNSS points against which a field import is checked for a map-app shift: the
     * record's place when it has a GNSS position, and the points handed in with {@link
     * #setReferencePoints} (the record model holds no surveyed corners yet, so whoever has them,
     * a receiver or the survey screen, passes them in here).
     */
    public List<GeoPoint> referencePoints() {
        List<GeoPoint> all = new ArrayList<>(extraReferences);
        SiteRecord r = editor.current();
        if (r != null && r.place() != null && r.place().longitude() != null) {
            all.add(new GeoPoint(r.place().longitude(), r.place().latitude()));
        }
        return all;
    }

    /** Site GNSS points (WGS84/CGCS2000) to check field imports against, besides the record's place. */
    public void setReferencePoints(List<GeoPoint> points) {
        extraReferences = List.copyOf(points);
    }

    /** Takes an attachment off the record (the file stays in the data directory). */
    public Optional<MessageKeyed> remove(String sha256) {
        return editor.edit(r -> r.edit().attachments(r.attachments().stream()
                .filter(a -> !a.sha256().equals(sha256)).toList()).build(),
                new MessageKey("record.edit.attachmentRemoved"), null);
    }

    // A sealed record takes no attachment: say so before asking for files.
    private boolean allowed() {
        Optional<MessageKeyed> refused = editor.checkEditable();
        refused.ifPresent(why -> problems.set(List.of(why)));
        return refused.isEmpty();
    }

    private void run(Callable<AttachmentService.Batch> work) {
        busy.set(true);
        problems.set(List.of());
        background.run(work, result -> {
            busy.set(false);
            List<MessageKeyed> shown = new ArrayList<>(result.skipped());
            if (!result.imported().isEmpty()) {
                attach(result.imported()).ifPresent(shown::add);
            }
            problems.set(shown);
        }, error -> {
            busy.set(false);
            problems.set(List.of(Problems.of(error)));
        });
    }

    private Optional<MessageKeyed> attach(List<AttachmentRef> refs) {
        return editor.edit(r -> {
            List<AttachmentRef> all = new ArrayList<>(r.attachments());
            for (AttachmentRef ref : refs) {
                if (all.stream().noneMatch(a -> a.sha256().equals(ref.sha256()))) {
                    all.add(ref);
                }
            }
            return r.edit().attachments(all).build();
        }, new MessageKey("record.edit.attached", refs.size()), null);
    }

    /** Why files were not attached (each naming the file), empty when all went in. */
    public ReadOnlyObjectProperty<List<MessageKeyed>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** Whether an import runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
