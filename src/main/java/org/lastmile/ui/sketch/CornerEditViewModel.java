package org.lastmile.ui.sketch;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lastmile.domain.sketch.ConstructionEdits;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.gnss.io.Angle;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.tape.BearingNotation;
import org.lastmile.survey.tape.TapeException;
import org.lastmile.ui.common.MessageKey;

/**
 * Keyboard-first corner editing beside the canvas: the selected corner's coordinates typed as E
 * then N in metres (numeric vertex editing), a new corner by bearing and distance from a corner
 * (polar), and a new corner by distance along an edge and perpendicular offset. Each is one
 * undoable edit; bad input sets the sketch's problem line and changes nothing.
 */
public final class CornerEditViewModel {

    private final SketchViewModel sketch;
    private final StringProperty selected = new SimpleStringProperty(this, "selected", "");
    private final StringProperty east = new SimpleStringProperty(this, "east", "");
    private final StringProperty north = new SimpleStringProperty(this, "north", "");

    public CornerEditViewModel(SketchViewModel sketch) {
        this.sketch = sketch;
    }

    /** The selected corner's name (typed, or set by a click on the canvas). */
    public StringProperty selectedProperty() {
        return selected;
    }

    public StringProperty eastProperty() {
        return east;
    }

    public StringProperty northProperty() {
        return north;
    }

    /** Selects a corner and shows its coordinates (as drawn, to the millimetre) for editing. */
    public void select(String name) {
        selected.set(name);
        sketch.current().cornerNamed(name).ifPresent(c -> {
            east.set(String.format(Locale.ROOT, "%.3f", c.position().e()));
            north.set(String.format(Locale.ROOT, "%.3f", c.position().n()));
        });
    }

    /** The selected corner's position, if one is selected. */
    public Optional<PlanePoint> selectedPosition() {
        return sketch.current().cornerNamed(selected.get().strip()).map(Corner::position);
    }

    /** Moves the selected corner to the typed E, N (one undoable edit). */
    public boolean move() {
        if (sketch.current().cornerNamed(selected.get().strip()).isEmpty()) {
            sketch.report(new MessageKey("sketch.error.unknownCorner", selected.get()));
            return false;
        }
        return sketch.moveTo(selected.get(), east.get(), north.get());
    }

    /** A new corner at a grid bearing (north = 0, clockwise; decimal, DMS or N76°E) and distance from a corner. */
    public boolean polar(String from, String bearing, String distance) {
        Optional<Corner> c = corner(from);
        Optional<Double> deg = c.isEmpty() ? Optional.empty() : bearing(bearing);
        Optional<Double> d = deg.isEmpty() ? Optional.empty() : length(distance);
        if (d.isEmpty()) {
            return false;
        }
        return sketch.execute(ConstructionEdits.polar(c.get().id(), sketch.nextName(), deg.get(), d.get(),
                distance.strip()));
    }

    /** A new corner {@code along} metres from corner a towards b and {@code offset} square off it (left +). */
    public boolean offset(String a, String b, String along, String offset) {
        Optional<Corner> ca = corner(a);
        Optional<Corner> cb = ca.isEmpty() ? Optional.empty() : corner(b);
        Optional<Double> x = cb.isEmpty() ? Optional.empty() : number(along);
        Optional<Double> y = x.isEmpty() ? Optional.empty() : number(offset);
        if (y.isEmpty()) {
            return false;
        }
        return sketch.execute(ConstructionEdits.offset(ca.get().id(), cb.get().id(), sketch.nextName(), x.get(),
                y.get()));
    }

    private Optional<Corner> corner(String name) {
        Optional<Corner> c = sketch.current().cornerNamed(name.strip());
        if (c.isEmpty()) {
            sketch.report(new MessageKey("sketch.error.unknownCorner", name));
        }
        return c;
    }

    private Optional<Double> length(String text) {
        Optional<Double> v = Numbers.metres(text).filter(x -> x > 0);
        if (v.isEmpty()) {
            sketch.report(new MessageKey("sketch.tape.error.length", text));
        }
        return v;
    }

    private Optional<Double> number(String text) {
        Optional<Double> v = Numbers.metres(text);
        if (v.isEmpty()) {
            sketch.report(new MessageKey("sketch.tape.error.length", text));
        }
        return v;
    }

    /** A bearing as written: 123.5, N76°E (survey's notation) or 123°30'15" (DMS). */
    static Optional<Double> readBearing(String text) {
        try {
            Optional<Double> plain = Numbers.metres(text);
            if (plain.isPresent() && !(plain.get() >= 0 && plain.get() < 360)) {
                return Optional.empty(); // 400 is a slip, not 40°
            }
            return Optional.of(BearingNotation.parse(text));
        } catch (TapeException e) {
            return Angle.parse(text).filter(a -> a.axis() == 0 && a.degrees() >= 0 && a.degrees() < 360)
                    .map(Angle::degrees);
        }
    }

    private Optional<Double> bearing(String text) {
        Optional<Double> v = readBearing(text);
        if (v.isEmpty()) {
            sketch.report(new MessageKey("sketch.bearing.error", text));
        }
        return v;
    }
}
