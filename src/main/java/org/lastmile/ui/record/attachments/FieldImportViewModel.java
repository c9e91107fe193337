package org.lastmile.ui.record.attachments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.record.AttachmentKind;
import org.lastmile.domain.record.AttachmentRef;
import org.lastmile.gnss.datum.Datum;
import org.lastmile.survey.crs.GeoPoint;
import org.lastmile.gnss.io.Feature;
import org.lastmile.gnss.io.FileFormat;
import org.lastmile.gnss.io.ImportResult;
import org.lastmile.service.FieldImportService;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.Problems;
import org.lastmile.ui.record.edit.RecordEditor;

/**
 * The "Import field file…" dialog of the record's attachments: a GPX, KML, KMZ, CSV, GeoJSON or
 * CASS .dat file read with {@code gnss.io.FileImporter}, previewed, and stored as one GeoJSON
 * attachment of the record.
 *
 * <p>The datum the file's longitude/latitude are in is preselected by {@link FieldImportService}
 * from what the importer finds (a map app named in the file, such as an Ovital KML; or, failing
 * that, a reading that puts the points on the site's GNSS points) and can be changed; every change reads the file again on the
 * background executor, so the preview shows the coordinates after conversion. A CASS file needs
 * its plane system (EPSG code). A file that is not what its name says, or is broken, leaves one
 * message and nothing to import.
 *
 * <p>The site's GNSS points, against which the datum-shift warning measures, come from the
 * {@code references} supplier given by {@link AttachmentsViewModel}: the record's place when it
 * has a GNSS position, and whatever reference points the screen handed in (the record model has
 * no surveyed corners yet).
 *
 * <p>Import writes the converted features as GeoJSON in WGS84/CGCS2000 (each feature keeps the
 * datum and CRS it came in as properties, never its original coordinates), stores it by SHA-256
 * and attaches it to the record as a {@link AttachmentKind#DOCUMENT} named after the file, so the
 * seal covers it like any attachment.
 */
public final class FieldImportViewModel {

    /** The media type of the stored document. */
    public static final String MEDIA_TYPE = FieldImportService.MEDIA_TYPE;

    /**
     * One feature of the preview, computed once.
     *
     * @param name its name in the file
     * @param kind point, line or polygon
     * @param lon longitude after conversion (the first vertex of a line or polygon)
     * @param lat latitude after conversion
     * @param vertices the number of vertices
     * @param source its line or element in the file
     */
    public record Row(String name, Feature.Kind kind, double lon, double lat, int vertices, String source) {
    }

    private final RecordEditor editor;
    private final Background background;
    private final FieldImportService service;
    private final AttachmentChooser chooser;
    private final Supplier<List<GeoPoint>> references;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Datum> datum = new ReadOnlyObjectWrapper<>(this, "datum", Datum.WGS84);
    private final ReadOnlyStringWrapper crs = new ReadOnlyStringWrapper(this, "crs", "");
    private final ReadOnlyBooleanWrapper needsCrs = new ReadOnlyBooleanWrapper(this, "needsCrs");
    private final ReadOnlyObjectWrapper<ImportResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<List<Row>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ReadOnlyObjectWrapper<List<MessageKeyed>> problems = new ReadOnlyObjectWrapper<>(this, "problems",
            List.of());
    private final ReadOnlyObjectWrapper<List<MessageKeyed>> warnings = new ReadOnlyObjectWrapper<>(this, "warnings",
            List.of());
    private final ReadOnlyObjectWrapper<MessageKeyed> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(this, "canImport");
    private final ReadOnlyObjectWrapper<AttachmentRef> imported = new ReadOnlyObjectWrapper<>(this, "imported");
    private int generation;

    FieldImportViewModel(RecordEditor editor, Background background, FieldImportService service,
            AttachmentChooser chooser, Supplier<List<GeoPoint>> references) {
        this.editor = editor;
        this.background = background;
        this.service = service;
        this.chooser = chooser;
        this.references = references;
        busy.addListener((obs, old, now) -> updateCanImport());
        result.addListener((obs, old, now) -> updateCanImport());
        error.addListener((obs, old, now) -> updateCanImport());
    }

    /** Asks for a (another) field file through the chooser and reads it; nothing when cancelled. */
    public boolean chooseFile() {
        Optional<Path> chosen = chooser.fieldFile();
        chosen.ifPresent(this::open);
        return chosen.isPresent();
    }

    /** Reads a file, preselecting its datum from what the importer finds in it. */
    public void open(Path path) {
        file.set(path);
        needsCrs.set(FileFormat.byFileName(String.valueOf(path.getFileName())).orElse(null) == FileFormat.CASS_DAT);
        preview(true);
    }

    /** The officer's choice of the datum the file is in; reads the file again. */
    public void chooseDatum(Datum chosen) {
        if (chosen != null && chosen != datum.get()) {
            datum.set(chosen);
            if (file.get() != null) {
                preview(false);
            }
        }
    }

    /** The plane system of a CASS file (for example {@code EPSG:4521}); reads the file again. */
    public void setCrs(String code) {
        String c = code == null ? "" : code.trim();
        if (!c.equals(crs.get())) {
            crs.set(c);
            if (file.get() != null) {
                preview(false);
            }
        }
    }

    /**
     * Stores the previewed features as one GeoJSON document in WGS84/CGCS2000 and attaches it to
     * the record; {@link #importedProperty()} holds it once the record names it.
     */
    public void importIntoRecord() {
        ImportResult r = result.get();
        if (r == null || !canImport.get()) {
            return;
        }
        Optional<MessageKeyed> refused = editor.checkEditable();
        if (refused.isPresent()) {
            error.set(refused.get());
            return;
        }
        busy.set(true);
        background.run(() -> service.store(r),
                ref -> {
                    busy.set(false);
                    Optional<MessageKeyed> notSaved = editor.edit(rec -> {
                        List<AttachmentRef> all = new ArrayList<>(rec.attachments());
                        if (all.stream().noneMatch(a -> a.sha256().equals(ref.sha256()))) {
                            all.add(ref);
                        }
                        return rec.edit().attachments(all).build();
                    }, new MessageKey("record.edit.attached", 1), null);
                    if (notSaved.isPresent()) {
                        error.set(notSaved.get());
                    } else {
                        imported.set(ref);
                    }
                }, failure -> {
                    busy.set(false);
                    error.set(Problems.of(failure));
                });
    }

    private void preview(boolean detect) {
        Path path = file.get();
        int mine = ++generation;
        Datum chosen = datum.get();
        String code = crs.get();
        List<GeoPoint> refs = List.copyOf(references.get());
        busy.set(true);
        error.set(null);
        background.run(() -> service.read(path, chosen, code, refs, detect), preview -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            datum.set(preview.datum());
            show(preview.result());
        }, failure -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            show(null);
            error.set(Problems.of(failure));
        });
    }

    private void show(ImportResult r) {
        result.set(r);
        if (r == null) {
            rows.set(List.of());
            problems.set(List.of());
            warnings.set(List.of());
            return;
        }
        rows.set(r.features().stream().map(f -> {
            GeoPoint first = f.shape().positions().get(0);
            return new Row(f.name(), f.kind(), first.lon(), first.lat(), f.shape().positions().size(),
                    f.source().line() > 0 ? String.valueOf(f.source().line()) : f.source().element());
        }).toList());
        problems.set(List.copyOf(r.problems()));
        warnings.set(List.copyOf(r.warnings()));
    }

    private void updateCanImport() {
        ImportResult r = result.get();
        canImport.set(!busy.get() && error.get() == null && r != null && !r.features().isEmpty());
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The datum the file is read in (preselected, then the officer's choice). */
    public ReadOnlyObjectProperty<Datum> datumProperty() {
        return datum.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty crsProperty() {
        return crs.getReadOnlyProperty();
    }

    /** Whether the file is a CASS .dat file, whose plane system must be named. */
    public ReadOnlyBooleanProperty needsCrsProperty() {
        return needsCrs.getReadOnlyProperty();
    }

    /** The last successful reading, or null. */
    public ReadOnlyObjectProperty<ImportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The preview: one row per feature, coordinates after conversion. */
    public ReadOnlyObjectProperty<List<Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The parts of the file not imported (bad lines), each with its line. */
    public ReadOnlyObjectProperty<List<MessageKeyed>> problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** What to check (a map app named in the file, a likely datum shift against the site's points). */
    public ReadOnlyObjectProperty<List<MessageKeyed>> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** Why the file cannot be imported at all (not what its name says, broken), or null. */
    public ReadOnlyObjectProperty<MessageKeyed> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether Import can be pressed: a reading with features, nothing running, no error. */
    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    /** The attachment once the record names it (the dialog then closes). */
    public ReadOnlyObjectProperty<AttachmentRef> importedProperty() {
        return imported.getReadOnlyProperty();
    }
}
