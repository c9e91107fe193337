package org.lastmile.ui.sketch.field;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.domain.sketch.CornerOrigin;
import org.lastmile.domain.sketch.Landmark;
import org.lastmile.domain.sketch.SiteSketch;
import org.lastmile.domain.sketch.SurroundingEdits;
import org.lastmile.gnss.io.Feature;
import org.lastmile.service.SketchFieldFiles;
import org.lastmile.survey.crs.GeoPoint;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.ui.common.Background;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.common.Problems;
import org.lastmile.ui.sketch.SketchViewModel;

/**
 * Brings a field file onto the sketch: the file is read on the background executor (GPX, KML,
 * CSV, GeoJSON, CASS, or an NMEA log averaged into one point), each thing in it is listed with
 * its position on the site's plane, the officer chooses what each becomes (corners, a landmark,
 * or nothing), and {@link #apply()} adds them all as one undoable edit. A file that cannot be read
 * leaves one line and changes nothing.
 */
public final class FieldFileViewModel {

    /** Reads a file for the sketch: the file, the sketch's plane system, its GNSS points. */
    @FunctionalInterface
    public interface Reader {
        SketchFieldFiles.Reading read(Path file, String planeCrs, List<GeoPoint> references) throws Exception;
    }

    /** One thing of the file and the officer's choice for it. */
    public static final class Row {
        private final SketchFieldFiles.FieldPoint point;
        private final List<PlanePoint> plane;
        private final ObjectProperty<FieldFileUse> use;

        Row(SketchFieldFiles.FieldPoint point, List<PlanePoint> plane, FieldFileUse use) {
            this.point = point;
            this.plane = List.copyOf(plane);
            this.use = new SimpleObjectProperty<>(this, "use", use);
        }

        public SketchFieldFiles.FieldPoint point() {
            return point;
        }

        /** The vertices on the site's plane. */
        public List<PlanePoint> plane() {
            return plane;
        }

        public ObjectProperty<FieldFileUse> useProperty() {
            return use;
        }
    }

    /** Lines and polygons with more vertices than this are not made corners unless chosen. */
    static final int MAX_DEFAULT_CORNERS = 30;

    private final SketchViewModel sketch;
    private final Reader reader;
    private final Background background;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> fileName = new ReadOnlyObjectWrapper<>(this, "fileName", "");
    private final ReadOnlyObjectWrapper<MessageKeyed> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private int generation;

    public FieldFileViewModel(SketchViewModel sketch, Reader reader, Background background) {
        this.sketch = Objects.requireNonNull(sketch);
        this.reader = Objects.requireNonNull(reader);
        this.background = Objects.requireNonNull(background);
    }

    /** Reads a file and lists what it holds; a bad file leaves its one-line reason and no rows. */
    public void open(Path file) {
        int mine = ++generation;
        String crs = sketch.current().crs();
        List<GeoPoint> references = references(sketch.current());
        rows.clear();
        fileName.set(String.valueOf(file.getFileName()));
        message.set(null);
        busy.set(true);
        background.run(() -> reader.read(file, crs, references), reading -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            show(reading);
        }, failure -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            message.set(Problems.of(failure));
        });
    }

    private static List<GeoPoint> references(SiteSketch s) {
        List<GeoPoint> out = new ArrayList<>();
        for (Corner c : s.corners()) {
            if (c.origin().lon() != null && c.origin().lat() != null) {
                out.add(new GeoPoint(c.origin().lon(), c.origin().lat()));
            }
        }
        return out;
    }

    private void show(SketchFieldFiles.Reading reading) {
        List<Row> out = new ArrayList<>();
        for (SketchFieldFiles.FieldPoint p : reading.points()) {
            List<PlanePoint> plane = p.positions().stream().map(g -> sketch.plane().toPlane(g.lon(), g.lat())).toList();
            out.add(new Row(p, plane, defaultUse(p)));
        }
        rows.setAll(out);
        if (out.isEmpty()) {
            message.set(new MessageKey("sketch.fieldFile.empty", reading.fileName()));
        } else if (reading.skipped() > 0 || !reading.warnings().isEmpty()) {
            message.set(new MessageKey("sketch.fieldFile.read.warnings", out.size(), reading.skipped(),
                    reading.warnings().size()));
        } else {
            message.set(new MessageKey("sketch.fieldFile.read", out.size()));
        }
    }

    /** Points become corners; a line or polygon only when it is short enough to be a parcel. */
    static FieldFileUse defaultUse(SketchFieldFiles.FieldPoint p) {
        if (p.kind() == Feature.Kind.POINT) {
            return FieldFileUse.CORNER;
        }
        if (p.kind() == Feature.Kind.POLYGON && p.positions().size() <= MAX_DEFAULT_CORNERS) {
            return FieldFileUse.CORNER;
        }
        return FieldFileUse.SKIP;
    }

    /**
     * Adds the chosen things as one undoable edit: corners (named as in the file when the name is
     * free and short, otherwise the next J number) and landmarks.
     *
     * @return whether anything was added
     */
    public boolean apply() {
        SiteSketch now = sketch.current();
        Set<String> names = new HashSet<>();
        now.corners().forEach(c -> names.add(c.name()));
        List<Corner> corners = new ArrayList<>();
        List<Landmark> landmarks = new ArrayList<>();
        for (Row row : rows) {
            SketchFieldFiles.FieldPoint p = row.point();
            FieldFileUse use = row.useProperty().get();
            if (use == FieldFileUse.CORNER) {
                for (int i = 0; i < row.plane().size(); i++) {
                    GeoPoint g = p.positions().get(i);
                    String name = row.plane().size() == 1 ? freeName(p.name(), names) : null;
                    if (name == null) {
                        name = nextJ(names);
                    }
                    names.add(name);
                    CornerOrigin origin = p.fixes() > 0 ? CornerOrigin.gnss(p.fixes(), p.sigmaM(), g.lon(), g.lat())
                            : CornerOrigin.imported(p.sigmaM(), g.lon(), g.lat());
                    corners.add(new Corner(UUID.randomUUID().toString(), name, row.plane().get(i), origin));
                }
            } else if (use.landmark().isPresent()) {
                boolean single = !use.landmark().get().linear() && use != FieldFileUse.BUILDING;
                landmarks.add(new Landmark(UUID.randomUUID().toString(), use.landmark().get(), p.name(),
                        single ? row.plane().subList(0, 1) : row.plane()));
            }
        }
        if (corners.isEmpty() && landmarks.isEmpty()) {
            message.set(new MessageKey("sketch.fieldFile.nothingChosen"));
            return false;
        }
        if (!sketch.execute(SurroundingEdits.importFile(fileName.get(), corners, landmarks))) {
            return false;
        }
        message.set(new MessageKey("sketch.fieldFile.imported", corners.size(), landmarks.size()));
        rows.clear();
        return true;
    }

    private static String freeName(String name, Set<String> taken) {
        String n = name == null ? "" : name.strip();
        return n.isEmpty() || n.length() > 16 || taken.contains(n) ? null : n;
    }

    private static String nextJ(Set<String> taken) {
        int n = taken.size() + 1;
        while (taken.contains("J" + n)) {
            n++;
        }
        return "J" + n;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<String> fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** What happened last (read, imported, refused), one line; null before. */
    public ReadOnlyObjectProperty<MessageKeyed> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
