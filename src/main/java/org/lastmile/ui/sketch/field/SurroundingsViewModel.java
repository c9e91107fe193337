package org.lastmile.ui.sketch.field;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lastmile.common.MessageKeyed;
import org.lastmile.domain.sketch.FourBoundaries;
import org.lastmile.domain.sketch.Landmark;
import org.lastmile.domain.sketch.LandmarkKind;
import org.lastmile.domain.sketch.SketchEdits;
import org.lastmile.domain.sketch.SurroundingEdits;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.ui.common.MessageKey;
import org.lastmile.ui.sketch.SketchViewModel;

/**
 * The parcel's surroundings as the officer edits them: the four boundaries (四至, what lies to the
 * north, east, south and west) and the landmarks (road, canal, water source, building, tree, well)
 * with their labels. Each change is one undoable edit on the sketch; the fields follow the sketch
 * after an undo. A landmark is placed either by typing its points or by clicking the map: with
 * {@link #placingProperty()} on, a click places a tree, well or water source at once and adds a
 * point to a road, canal or building (Enter or "Add" ends it); with a landmark chosen to move
 * ({@link #moveLandmark}), the next click moves it there.
 */
public final class SurroundingsViewModel {

    private final SketchViewModel sketch;
    private final StringProperty north = new SimpleStringProperty(this, "north", "");
    private final StringProperty east = new SimpleStringProperty(this, "east", "");
    private final StringProperty south = new SimpleStringProperty(this, "south", "");
    private final StringProperty west = new SimpleStringProperty(this, "west", "");
    private final ObjectProperty<LandmarkKind> kind = new SimpleObjectProperty<>(this, "kind", LandmarkKind.ROAD);
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty points = new SimpleStringProperty(this, "points", "");
    private final ReadOnlyObjectWrapper<MessageKeyed> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final BooleanProperty placing = new SimpleBooleanProperty(this, "placing");
    private final ReadOnlyObjectWrapper<Landmark> moving = new ReadOnlyObjectWrapper<>(this, "moving");

    public SurroundingsViewModel(SketchViewModel sketch) {
        this.sketch = Objects.requireNonNull(sketch);
        sketch.sketchProperty().addListener((o, a, now) -> show(now.fourBoundaries()));
        show(sketch.current().fourBoundaries());
        placing.addListener((o, was, now) -> {
            if (now) {
                moving.set(null);
            }
        });
    }

    private void show(FourBoundaries f) {
        north.set(f.north());
        east.set(f.east());
        south.set(f.south());
        west.set(f.west());
    }

    /** Writes the four fields to the sketch (nothing happens when they are as they were). */
    public boolean commitBoundaries() {
        FourBoundaries typed = new FourBoundaries(north.get(), east.get(), south.get(), west.get());
        if (typed.equals(sketch.current().fourBoundaries())) {
            return false;
        }
        return sketch.execute(SketchEdits.fourBoundaries(typed));
    }

    /**
     * Adds the landmark being entered: its kind, its label, and its points as plane coordinates,
     * "E N" pairs separated by ";" (one point for a tree or a well, a line for a road or a canal).
     */
    public boolean addLandmark() {
        Optional<List<PlanePoint>> at = points(points.get());
        if (at.isEmpty()) {
            problem.set(new MessageKey("sketch.landmark.error.points", points.get()));
            return false;
        }
        List<PlanePoint> p = kind.get().linear() || kind.get() == LandmarkKind.BUILDING ? at.get() : at.get().subList(0, 1);
        if (!sketch.execute(SketchEdits.landmark(new Landmark(UUID.randomUUID().toString(), kind.get(), label.get(), p)))) {
            return false;
        }
        label.set("");
        points.set("");
        problem.set(null);
        placing.set(false);
        return true;
    }

    /**
     * A click on the map at a plane point: places or moves a landmark when one is waiting for it.
     *
     * @return whether the click was used (otherwise it picks corners and edges as usual)
     */
    public boolean click(PlanePoint at) {
        if (!sketch.editableProperty().get()) {
            placing.set(false);
            moving.set(null);
            return false;
        }
        Landmark toMove = moving.get();
        if (toMove != null) {
            moving.set(null);
            sketch.execute(SurroundingEdits.moveLandmark(toMove.id(), toMove.label(), at)); // a refusal shows as the sketch's problem
            return true;
        }
        if (!placing.get()) {
            return false;
        }
        String point = String.format(Locale.ROOT, "%.2f %.2f", at.e(), at.n());
        if (kind.get().linear() || kind.get() == LandmarkKind.BUILDING) {
            points.set(points.get().isBlank() ? point : points.get().strip() + "; " + point);
            return true;
        }
        points.set(point);
        if (addLandmark()) {
            placing.set(false);
        }
        return true;
    }

    /** Waits for a click on the map to move {@code l} there (its centre); null stops waiting. */
    public void moveLandmark(Landmark l) {
        if (l != null && !sketch.editableProperty().get()) {
            return;
        }
        placing.set(false);
        moving.set(l);
    }

    /** Stops waiting for a click (Esc). */
    public void cancelClick() {
        placing.set(false);
        moving.set(null);
    }

    /** Whether clicks on the map place the landmark being entered. */
    public BooleanProperty placingProperty() {
        return placing;
    }

    /** The landmark the next click moves, or null. */
    public ReadOnlyObjectProperty<Landmark> movingProperty() {
        return moving.getReadOnlyProperty();
    }

    /** Takes a landmark off the sketch. */
    public boolean removeLandmark(Landmark l) {
        return sketch.execute(SurroundingEdits.removeLandmark(l.id(), l.label()));
    }

    /** "E N; E N" (commas, full-width ones too, may separate the numbers); empty when unreadable. */
    static Optional<List<PlanePoint>> points(String text) {
        List<PlanePoint> out = new ArrayList<>();
        for (String pair : text.strip().split("[;；]")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] n = pair.strip().split("[\\s,，]+");
            if (n.length != 2) {
                return Optional.empty();
            }
            try {
                double e = Double.parseDouble(n[0]);
                double no = Double.parseDouble(n[1]);
                if (!Double.isFinite(e) || !Double.isFinite(no)) {
                    return Optional.empty();
                }
                out.add(new PlanePoint(e, no));
            } catch (NumberFormatException ex) {
                return Optional.empty();
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    public List<Landmark> landmarks() {
        return sketch.current().landmarks();
    }

    /** Why the landmark being entered was not added, or null. */
    public ReadOnlyObjectProperty<MessageKeyed> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public StringProperty northProperty() {
        return north;
    }

    public StringProperty eastProperty() {
        return east;
    }

    public StringProperty southProperty() {
        return south;
    }

    public StringProperty westProperty() {
        return west;
    }

    public ObjectProperty<LandmarkKind> kindProperty() {
        return kind;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty pointsProperty() {
        return points;
    }
}
