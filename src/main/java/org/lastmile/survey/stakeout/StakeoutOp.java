package org.lastmile.survey.stakeout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.lastmile.survey.geom.ParcelCheck;
import org.lastmile.survey.observation.Bearing;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;

/**
 * Computes the stake-out card of points against a parcel's exterior ring (holes are not corners
 * one stakes from): the nearest edge with the distance along it and the perpendicular offset, the
 * nearest corner with distance and grid bearing, and two check distances. Plane coordinates in
 * metres, easting then northing; the ring is used as given (its direction and its first corner
 * decide the numbers), corners numbered from 0 without the closing point.
 *
 * <pre>{@code
 * Stakeout s = StakeoutOp.stakeout(parcel, new Coordinate(633537.42, 4097500));
 * // s.edge().from() == 0, s.alongM() == 37.42, s.offsetM() == 0
 * }</pre>
 */
public final class StakeoutOp {

    private static final int CHECKS = 2;

    private final Coordinate[] corners;

    /**
     * Prepares stake-outs against a parcel in plane coordinates (m).
     *
     * @throws org.lastmile.survey.geom.GeometryException when the parcel is not one valid polygon
     *     (a crossing ring, fewer than three corners, …)
     * @throws StakeoutException {@link StakeoutError#REPEATED_CORNER} when two consecutive corners
     *     coincide
     */
    public StakeoutOp(Geometry parcel) {
        Coordinate[] ring = ParcelCheck.polygon(parcel).getExteriorRing().getCoordinates();
        this.corners = Arrays.copyOf(ring, ring.length - 1);
        for (int i = 0; i < corners.length; i++) {
            Coordinate a = corners[i];
            if (a.equals2D(corners[(i + 1) % corners.length])) {
                throw new StakeoutException(StakeoutError.REPEATED_CORNER, i, a.x, a.y);
            }
        }
    }

    /** The stake-out of one point (easting x, northing y, m) against the parcel. */
    public static Stakeout stakeout(Geometry parcel, Coordinate point) {
        return new StakeoutOp(parcel).locate(point);
    }

    /** The number of corners (= edges) of the ring. */
    public int corners() {
        return corners.length;
    }

    /** Corner {@code i} (from 0), easting x and northing y in metres. */
    public Coordinate corner(int i) {
        return corners[i].copy();
    }

    /**
     * The stake-out of a point.
     *
     * @param point easting x, northing y, m
     * @throws StakeoutException {@link StakeoutError#POINT_NOT_FINITE} when a coordinate is not a
     *     finite number
     */
    public Stakeout locate(Coordinate point) {
        if (!Double.isFinite(point.x) || !Double.isFinite(point.y)) {
            throw new StakeoutException(StakeoutError.POINT_NOT_FINITE, point.x, point.y);
        }
        int edge = nearestEdge(point);
        int to = (edge + 1) % corners.length;
        LineSegment segment = new LineSegment(corners[edge], corners[to]);
        double length = segment.getLength();
        double along = segment.projectionFactor(point) * length;
        double offset = segment.distancePerpendicularOriented(point);

        List<Integer> byDistance = new ArrayList<>();
        for (int i = 0; i < corners.length; i++) {
            byDistance.add(i);
        }
        // stable sort: on equal distances the lower corner number comes first
        byDistance.sort(Comparator.comparingDouble(i -> corners[i].distance(point)));
        int nearest = byDistance.get(0);
        List<Stakeout.Check> checks = new ArrayList<>(CHECKS);
        for (int i : byDistance) {
            if (i != edge && i != to && checks.size() < CHECKS) {
                checks.add(new Stakeout.Check(i, corners[i].distance(point)));
            }
        }
        return new Stakeout(point.x, point.y, new Stakeout.Edge(edge, to, length), along, offset,
                new Stakeout.Nearest(nearest, corners[nearest].distance(point), bearing(corners[nearest], point)),
                checks);
    }

    /**
     * The edge nearest the point. Beyond a convex corner both edges at that corner are exactly as
     * far (the corner is the nearest point of each); then the edge whose line passes closer to the
     * point wins, so that the point is staked as a short offset from that edge's extension, and the
     * choice does not depend on the ring's direction. A remaining tie goes to the lower number.
     */
    private int nearestEdge(Coordinate point) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        double bestOffset = Double.POSITIVE_INFINITY;
        for (int i = 0; i < corners.length; i++) {
            LineSegment segment = new LineSegment(corners[i], corners[(i + 1) % corners.length]);
            double d = segment.distance(point);
            if (d <= bestDistance) {
                double offset = segment.distancePerpendicular(point);
                if (d < bestDistance || offset < bestOffset) {
                    best = i;
                    bestDistance = d;
                    bestOffset = offset;
                }
            }
        }
        return best;
    }

    /** Grid bearing from {@code from} to {@code to}, degrees clockwise from north in [0, 360). */
    static double bearing(Coordinate from, Coordinate to) {
        double de = to.x - from.x;
        double dn = to.y - from.y;
        if (de == 0 && dn == 0) {
            return 0;
        }
        double deg = Bearing.normalizeDegrees(Math.toDegrees(Math.atan2(de, dn))) + 0.0;
        // a tiny negative angle normalizes to 360 − ε, which rounds to 360 itself
        return deg >= 360 ? 0 : deg;
    }
}
