package org.lastmile.survey.stakeout;

import java.util.List;
import java.util.Objects;

/**
 * How to put one point in the ground from the parcel's corners (the stake-out card). Corner
 * numbers count from 0 along the exterior ring as given, without the closing point. All lengths are
 * metres, coordinates easting then northing in the parcel's plane system.
 *
 * <p>The point is {@code from + alongM·u + offsetM·n}, where u is the unit vector from the edge's
 * {@code from} corner to its {@code to} corner and n is u turned 90° to the left.
 *
 * @param e the point's easting, m
 * @param n the point's northing, m
 * @param edge the edge nearest the point (by distance to the segment; on a tie the lower edge number)
 * @param alongM the distance from the edge's {@code from} corner to the foot of the perpendicular
 *     from the point, measured along the edge towards {@code to}, m; in [0, edge length] when the
 *     foot falls on the edge, outside it (negative, or longer than the edge) when the point lies
 *     beyond a corner
 * @param offsetM the perpendicular distance from the edge's line, m: positive to the left of
 *     from→to, negative to the right, 0 on the line
 * @param nearest the corner nearest the point, with the distance and grid bearing from it
 * @param checks the two corners nearest the point other than the edge's two ends, nearest first,
 *     for check distances with the tape (one for a triangle)
 */
public record Stakeout(double e, double n, Edge edge, double alongM, double offsetM, Nearest nearest,
        List<Check> checks) {

    public Stakeout {
        Objects.requireNonNull(edge, "edge");
        Objects.requireNonNull(nearest, "nearest");
        checks = List.copyOf(checks);
    }

    /**
     * An edge of the ring.
     *
     * @param from the corner it starts at (edge number = {@code from})
     * @param to the corner it ends at ({@code from + 1}, or 0 after the last corner)
     * @param lengthM its length, m
     */
    public record Edge(int from, int to, double lengthM) {
    }

    /**
     * The corner nearest the point and how to reach the point from it (polar stake-out).
     *
     * @param corner the corner's number, from 0
     * @param distanceM the horizontal distance from the corner to the point, m
     * @param bearingDeg the grid bearing from the corner to the point, degrees clockwise from grid
     *     north, in [0, 360); 0 when the point is on the corner
     */
    public record Nearest(int corner, double distanceM, double bearingDeg) {
    }

    /**
     * A check distance: tape from this corner to the placed stone.
     *
     * @param corner the corner's number, from 0
     * @param distanceM the horizontal distance from the corner to the point, m
     */
    public record Check(int corner, double distanceM) {
    }
}
