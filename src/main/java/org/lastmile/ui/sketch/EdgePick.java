package org.lastmile.ui.sketch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Point2D;
import org.lastmile.domain.sketch.Corner;
import org.lastmile.domain.sketch.Parcel;
import org.lastmile.domain.sketch.SketchResult;
import org.lastmile.survey.crs.PlanePoint;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;

/** What a click on the canvas lands on: the parcel edge picked for a division, the corner snapped to. */
final class EdgePick {

    private EdgePick() {
    }

    private static Map<String, PlanePoint> positions(SketchViewModel model) {
        SketchResult o = model.outcomeProperty().get();
        if (o != null) {
            return o.positions();
        }
        Map<String, PlanePoint> m = new java.util.HashMap<>();
        model.current().corners().forEach(c -> m.put(c.id(), c.position()));
        return m;
    }

    /** The parcel edge (ring index) within the pick's tolerance of the click, nearest first. */
    static Optional<Integer> nearest(SketchViewModel model, org.lastmile.ui.sketch.canvas.SketchCanvas.Pick pick) {
        Optional<Parcel> parcel = model.current().parcels().stream().findFirst();
        if (parcel.isEmpty()) {
            return Optional.empty();
        }
        Map<String, PlanePoint> at = positions(model);
        List<String> ring = parcel.get().ring();
        Coordinate p = new Coordinate(pick.e(), pick.n());
        int best = -1;
        double bestD = pick.toleranceM();
        for (int i = 0; i < ring.size(); i++) {
            PlanePoint a = at.get(ring.get(i));
            PlanePoint b = at.get(ring.get((i + 1) % ring.size()));
            if (a == null || b == null) {
                continue;
            }
            double d = Distance.pointToSegment(p, new Coordinate(a.e(), a.n()), new Coordinate(b.e(), b.n()));
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    /** The name of the corner within the pick's tolerance of the click, nearest first. */
    static Optional<String> corner(SketchViewModel model, org.lastmile.ui.sketch.canvas.SketchCanvas.Pick pick) {
        Map<String, PlanePoint> at = positions(model);
        String best = null;
        double bestD = pick.toleranceM();
        for (Corner c : model.current().corners()) {
            double d = at.getOrDefault(c.id(), c.position()).distanceTo(new PlanePoint(pick.e(), pick.n()));
            if (d <= bestD) {
                bestD = d;
                best = c.name();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The corner within {@code tolerance} metres of (e, n), to show the snap marker on. */
    static Optional<Point2D> snap(SketchViewModel model, double e, double n, double tolerance) {
        Map<String, PlanePoint> at = positions(model);
        Point2D best = null;
        double bestD = tolerance;
        for (Corner c : model.current().corners()) {
            PlanePoint p = at.getOrDefault(c.id(), c.position());
            double d = Math.hypot(p.e() - e, p.n() - n);
            if (d <= bestD) {
                bestD = d;
                best = new Point2D(p.e(), p.n());
            }
        }
        return Optional.ofNullable(best);
    }
}
