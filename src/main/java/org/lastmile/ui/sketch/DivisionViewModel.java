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
import org.lastmile.domain.sketch.Parcel;
import org.lastmile.domain.sketch.Party;
import org.lastmile.domain.sketch.SketchEdits;
import org.lastmile.domain.sketch.SketchResult;
import org.lastmile.survey.division.Division;
import org.lastmile.survey.division.ParallelCutOp;
import org.lastmile.ui.common.MessageKey;

/**
 * Cutting a target area off the parcel parallel to an edge picked on screen: the target typed in
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
    private final ReadOnlyObjectWrapper<Division> preview = new ReadOnlyObjectWrapper<>(this, "preview");

    public DivisionViewModel(SketchViewModel sketch) {
        this.sketch = sketch;
        target.addListener((o, a, b) -> update());
        unit.addListener((o, a, b) -> update());
        edge.addListener((o, a, b) -> update());
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
        if (parcel.isEmpty() || outcome == null || m2.isEmpty() || edge.get() < 0
                || edge.get() >= parcel.get().ring().size()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ParallelCutOp.cut(ParcelGeometry.polygon(parcel.get().ring(), outcome.positions()),
                    edge.get(), m2.get()));
        } catch (LocalizedException e) {
            sketch.report(e);
            return Optional.empty();
        }
    }

    /** Records the division (one undoable edit). */
    public boolean accept() {
        Optional<Parcel> parcel = sketch.current().parcels().stream().findFirst();
        Optional<Double> m2 = targetM2();
        if (parcel.isEmpty() || m2.isEmpty() || edge.get() < 0 || preview.get() == null) {
            sketch.report(new MessageKey("sketch.division.error.incomplete"));
            return false;
        }
        return sketch.execute(SketchEdits.divide(parcel.get().id(), edge.get(), m2.get()));
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
