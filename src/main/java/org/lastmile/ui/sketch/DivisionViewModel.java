package org.lastmile.ui.sketch;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lastmile.common.LocalizedException;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.domain.sketch.DivisionCut;
import org.lastmile.domain.sketch.Parcel;
import org.lastmile.domain.sketch.Party;
import org.lastmile.domain.sketch.SketchEdits;
import org.lastmile.domain.sketch.SketchResult;
import org.lastmile.survey.division.Division;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.ui.common.MessageKey;

/**
 * Cutting a target area off the parcel parallel to an edge picked on screen, or by a line through
 * a chosen point (a corner's name or E N typed): the target typed in
 * mu or m², the preview (target, current, difference, and every piece, also when a strip falls
 * apart) recomputed as the target or the edge change, then accepted as one undoable edit and its
 * parts assigned to the parties.
 */
public final class DivisionViewModel {

    /** Square metres in a mu. */
    static final double M2_PER_MU = 10_000.0 / 15;

    private final SketchViewModel sketch;
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final SimpleStringProperty unit = new SimpleStringProperty(this, "unit", "mu");
    private final IntegerProperty edge = new SimpleIntegerProperty(this, "edge", -1);
    private final StringProperty through = new SimpleStringProperty(this, "through", "");
    private final ReadOnlyObjectWrapper<Division> preview = new ReadOnlyObjectWrapper<>(this, "preview");

    public DivisionViewModel(SketchViewModel sketch) {
        this.sketch = sketch;
        target.addListener((o, a, b) -> update());
        unit.addListener((o, a, b) -> update());
        edge.addListener((o, a, b) -> update());
        through.addListener((o, a, b) -> update());
        sketch.outcomeProperty().addListener((o, a, b) -> update());
    }

    /** The target as typed: "6.6" (mu, the default) or "4400" with unit m2. */
    public StringProperty targetProperty() {
        return target;
    }

    /** "mu" or "m2". */
    public StringProperty unitProperty() {
        return unit;
    }

    /** The parcel edge the cut runs parallel to (ring index, from that corner to the next), or -1. */
    public IntegerProperty edgeProperty() {
        return edge;
    }

    /**
     * The point the cut line passes through, as typed: a corner's name ("J6") or E and N in metres
     * ("E N"). Empty: the cut runs parallel to the picked edge.
     */
    public StringProperty throughProperty() {
        return through;
    }

    /** The typed point on the plane, if {@link #throughProperty()} names one. */
    public Optional<PlanePoint> throughPoint() {
        String t = through.get() == null ? "" : through.get().strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Optional<Corner> c = sketch.current().cornerNamed(t);
        if (c.isPresent()) {
            SketchResult r = sketch.outcomeProperty().get();
            return Optional.of(r != null && r.corners().containsKey(c.get().id()) ? r.position(c.get().id())
                    : c.get().position());
        }
        String[] parts = t.split("[\\s,，]+");
        if (parts.length == 2) {
            Optional<Double> e = Numbers.metres(parts[0]);
            Optional<Double> n = Numbers.metres(parts[1]);
            if (e.isPresent() && n.isPresent()) {
                return Optional.of(new PlanePoint(e.get(), n.get()));
            }
        }
        return Optional.empty();
    }

    /** The cut as it would be made now, or null. */
    public ReadOnlyObjectProperty<Division> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The target in m², if typed. */
    public Optional<Double> targetM2() {
        return Numbers.metres(target.get()).filter(v -> v > 0).map(v -> "m2".equals(unit.get()) ? v : v * M2_PER_MU);
    }

    private void update() {
        preview.set(compute().orElse(null));
    }

    private Optional<Division> compute() {
        Optional<Parcel> parcel = sketch.current().parcels().stream().findFirst();
        SketchResult outcome = sketch.outcomeProperty().get();
        Optional<Double> m2 = targetM2();
        Optional<org.lastmile.domain.sketch.Division> choice = choice();
        if (parcel.isEmpty() || outcome == null || m2.isEmpty() || choice.isEmpty()
                || choice.get().edge() >= parcel.get().ring().size()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DivisionCut.cut(ParcelGeometry.polygon(parcel.get().ring(), outcome.positions()),
                    choice.get()));
        } catch (LocalizedException e) {
            sketch.report(e);
            return Optional.empty();
        }
    }

    /** The division as chosen now: through the typed point, else parallel to the picked edge. */
    private Optional<org.lastmile.domain.sketch.Division> choice() {
        Optional<Parcel> parcel = sketch.current().parcels().stream().findFirst();
        Optional<Double> m2 = targetM2();
        if (parcel.isEmpty() || m2.isEmpty()) {
            return Optional.empty();
        }
        Optional<PlanePoint> at = throughPoint();
        if (at.isPresent()) {
            return Optional.of(new org.lastmile.domain.sketch.Division(parcel.get().id(), 0, m2.get(), List.of(),
                    at.get()));
        }
        return edge.get() < 0 ? Optional.empty()
                : Optional.of(new org.lastmile.domain.sketch.Division(parcel.get().id(), edge.get(), m2.get(), List.of()));
    }

    /** Records the division (one undoable edit). */
    public boolean accept() {
        Optional<org.lastmile.domain.sketch.Division> d = choice();
        if (d.isEmpty() || preview.get() == null) {
            sketch.report(new MessageKey("sketch.division.error.incomplete"));
            return false;
        }
        return sketch.execute(d.get().throughPoint()
                ? SketchEdits.divideThrough(d.get().parcelId(), d.get().through(), d.get().targetM2())
                : SketchEdits.divide(d.get().parcelId(), d.get().edge(), d.get().targetM2()));
    }

    /** Gives part {@code part} (0 = on the edge's side) to a party. */
    public boolean assign(int part, Party party) {
        return sketch.execute(SketchEdits.assignPart(part, party));
    }

    /** Pieces of each part of the preview (more than one: the strip fell apart). */
    public List<Integer> pieces() {
        Division d = preview.get();
        return d == null ? List.of() : d.parts().stream().map(p -> p.pieces()).toList();
    }
}
