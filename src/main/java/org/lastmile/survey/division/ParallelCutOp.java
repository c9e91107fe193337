package org.lastmile.survey.division;

import java.util.Arrays;
import org.lastmile.survey.area.Area;
import org.lastmile.survey.geom.ParcelCheck;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Cuts a parcel with lines parallel to one of its edges: a target area off the edge's side, or N
 * strips in given proportions. Edge K runs from vertex K to vertex K + 1 (0-based) of the exterior
 * ring as given. The lines move along the edge's inward normal; the part on the edge's side comes
 * first, and each cut's offset is its distance from the edge's line (m, positive into the parcel;
 * negative only when a non-convex parcel reaches behind the edge).
 *
 * <p>All targets are solved on the same {@link AreaProfile}: strips are never cut from a remainder,
 * so errors do not accumulate. Achieved areas equal the targets within 0.01 m².
 *
 * <pre>{@code
 * Division d = ParallelCutOp.cut(parcel, 0, Area.ofMu(6.6, Surface.PLANE).m2());
 * double offset = d.cuts().get(0).offsetM().getAsDouble();
 * }</pre>
 */
public final class ParallelCutOp {

    private final Polygon parcel;
    private final Frame frame;
    private final AreaProfile profile;

    /**
     * Prepares cuts parallel to edge {@code edge} of a parcel in plane coordinates (m).
     *
     * @throws org.lastmile.survey.geom.GeometryException when the parcel is not a valid polygon
     * @throws DivisionException {@link DivisionError#EDGE_OUT_OF_RANGE} or
     *                           {@link DivisionError#DEGENERATE_EDGE}
     */
    public ParallelCutOp(Geometry parcel, int edge) {
        this.parcel = ParcelCheck.polygon(parcel);
        Coordinate[] ring = this.parcel.getExteriorRing().getCoordinates();
        int edges = ring.length - 1;
        if (edge < 0 || edge >= edges) {
            throw new DivisionException(DivisionError.EDGE_OUT_OF_RANGE, null, edge, edges - 1);
        }
        Coordinate a = ring[edge];
        Coordinate b = ring[edge + 1];
        double length = a.distance(b);
        if (!(length > 0)) {
            throw new DivisionException(DivisionError.DEGENERATE_EDGE, a, edge, a.x, a.y);
        }
        double ux = (b.x - a.x) / length;
        double uy = (b.y - a.y) / length;
        // the interior lies left of the edges of a counter-clockwise ring, right of a clockwise one
        double side = Orientation.isCCW(ring) ? 1 : -1;
        this.frame = new Frame(a.copy(), ux, uy, -uy * side, ux * side);
        this.profile = new AreaProfile(new HalfPlaneArea(this.parcel, a), frame.nx(), frame.ny());
    }

    /** Cuts {@code targetM2} (m²) off the side of edge {@code edge}: two parts. */
    public static Division cut(Geometry parcel, int edge, double targetM2) {
        return new ParallelCutOp(parcel, edge).cutArea(targetM2);
    }

    /** Cuts strips parallel to edge {@code edge} in the given proportions (e.g. 3, 2, 1). */
    public static Division divide(Geometry parcel, int edge, double... proportions) {
        return new ParallelCutOp(parcel, edge).divide(proportions);
    }

    /** A(t) along this edge's normal. */
    public AreaProfile profile() {
        return profile;
    }

    /** The parcel's plane area, m². */
    public double parcelArea() {
        return profile.totalArea();
    }

    /**
     * Two parts: {@code targetM2} on the edge's side and the rest.
     *
     * @throws DivisionException {@link DivisionError#TARGET_NOT_POSITIVE} or
     *                           {@link DivisionError#TARGET_TOO_LARGE}
     */
    public Division cutArea(double targetM2) {
        double total = profile.totalArea();
        checkTarget(targetM2, total);
        return new PieceBuilder(parcel, frame).build(total, new double[] {profile.levelFor(targetM2)},
                new double[] {targetM2, total - targetM2}, true);
    }

    /**
     * N parts in proportion to the given weights, from the edge's side: cut k lies where
     * A(t) = total·(p_1 + … + p_k)/(p_1 + … + p_N).
     *
     * @throws DivisionException {@link DivisionError#BAD_PROPORTIONS} unless there are at least
     *                           two weights, all positive and finite
     */
    public Division divide(double... proportions) {
        double sum = 0;
        for (double p : proportions) {
            if (!(p > 0) || Double.isInfinite(p)) {
                sum = Double.NaN;
            }
            sum += p;
        }
        if (proportions.length < 2 || !(sum > 0) || Double.isInfinite(sum)) {
            throw new DivisionException(DivisionError.BAD_PROPORTIONS, null, Arrays.toString(proportions));
        }
        double total = profile.totalArea();
        double[] levels = new double[proportions.length - 1];
        double[] targets = new double[proportions.length];
        double cumulative = 0;
        for (int k = 0; k < proportions.length; k++) {
            targets[k] = total * proportions[k] / sum;
            if (k < levels.length) {
                cumulative += proportions[k];
                levels[k] = profile.levelFor(total * cumulative / sum);
            }
        }
        return new PieceBuilder(parcel, frame).build(total, levels, targets, true);
    }

    static void checkTarget(double targetM2, double total) {
        if (!(targetM2 > 0) || Double.isInfinite(targetM2)) {
            throw new DivisionException(DivisionError.TARGET_NOT_POSITIVE, null, targetM2);
        }
        if (targetM2 >= total) {
            throw new DivisionException(DivisionError.TARGET_TOO_LARGE, null, targetM2, Area.toMu(targetM2), total,
                    Area.toMu(total));
        }
    }
}
