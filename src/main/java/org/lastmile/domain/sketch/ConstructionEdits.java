package org.lastmile.domain.sketch;

import java.util.UUID;
import java.util.function.UnaryOperator;
import org.lastmile.common.MessageKeyed;
import org.lastmile.survey.crs.PlanePoint;

/**
 * New corners constructed from a known one, keyboard first (sketch.md, "Stake-out": polar and
 * rectangular setting-out), each one undoable edit that adds the corner together with the
 * measurements that place it, so that the adjustment weighs them like any other:
 * <ul>
 * <li>{@link #polar}: a grid bearing (north = 0, clockwise) and a taped distance from a corner
 *     (极坐标法): the corner, the tape and the bearing;</li>
 * <li>{@link #offset}: a distance along an edge from its first corner and a perpendicular offset,
 *     positive to the left of the edge's direction (支距法): the corner and the offset.</li>
 * </ul>
 * The corner's position is only the start for the adjustment (its origin is "taped"): the
 * distance is taken as given on the plane, which the adjustment then corrects to the ground.
 */
public final class ConstructionEdits {

    /** σ given to a typed grid bearing, degrees (a sighting compass read to the half degree). */
    public static final double BEARING_SIGMA_DEG = 0.5;

    private ConstructionEdits() {
    }

    /** The corner and its measurements added in one undo step. */
    private record Construction(MessageKeyed description, UnaryOperator<SiteSketch> change) implements SketchCommand {
        @Override
        public SiteSketch apply(SiteSketch before) {
            return change.apply(before);
        }
    }

    /**
     * A new corner at {@code bearingDeg} and {@code distanceM} from corner {@code fromId}.
     *
     * @param typed the distance as typed ("37.42")
     */
    public static SketchCommand polar(String fromId, String name, double bearingDeg, double distanceM, String typed) {
        String id = UUID.randomUUID().toString();
        String tapeId = UUID.randomUUID().toString();
        String bearingId = UUID.randomUUID().toString();
        UnaryOperator<SiteSketch> place = before -> {
            PlanePoint from = before.requireCorner(fromId).position();
            double a = Math.toRadians(bearingDeg);
            PlanePoint at = new PlanePoint(from.e() + distanceM * Math.sin(a), from.n() + distanceM * Math.cos(a));
            SiteSketch s = SketchEdits.addCorner(new Corner(id, name, at, CornerOrigin.taped())).apply(before);
            s = SketchEdits.tape(new Tape(tapeId, fromId, id, distanceM, typed)).apply(s);
            return SketchEdits.bearing(new CompassBearing(bearingId, fromId, id, bearingDeg, BEARING_SIGMA_DEG, false, 0))
                    .apply(s);
        };
        return new Construction(new SketchEdits.Description(EditKind.BEARING, bearingDeg), place);
    }

    /**
     * A new corner {@code alongM} along the edge from corner {@code aId} towards {@code bId} and
     * {@code offsetM} square off it (positive to the left of a→b).
     */
    public static SketchCommand offset(String aId, String bId, String name, double alongM, double offsetM) {
        String id = UUID.randomUUID().toString();
        String offsetId = UUID.randomUUID().toString();
        UnaryOperator<SiteSketch> place = before -> {
            PlanePoint a = before.requireCorner(aId).position();
            PlanePoint b = before.requireCorner(bId).position();
            double len = a.distanceTo(b);
            if (!(len > 0)) {
                throw new SketchException(SketchError.SAME_CORNER, before.requireCorner(aId).name());
            }
            double ue = (b.e() - a.e()) / len;
            double un = (b.n() - a.n()) / len;
            // left of a→b is the direction turned a quarter anticlockwise: (−un, ue)
            PlanePoint at = new PlanePoint(a.e() + alongM * ue - offsetM * un, a.n() + alongM * un + offsetM * ue);
            SiteSketch s = SketchEdits.addCorner(new Corner(id, name, at, CornerOrigin.taped())).apply(before);
            return SketchEdits.offset(new Offset(offsetId, aId, bId, id, alongM, offsetM)).apply(s);
        };
        return new Construction(new SketchEdits.Description(EditKind.OFFSET, alongM, offsetM), place);
    }
}
