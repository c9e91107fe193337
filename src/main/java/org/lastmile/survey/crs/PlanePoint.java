package org.lastmile.survey.crs;

/**
 * A position on a map plane, easting first.
 *
 * @param e easting in metres (including the false easting and any zone prefix of its system)
 * @param n northing in metres
 */
public record PlanePoint(double e, double n) {

    /** The distance to another point on the same plane, metres. */
    public double distanceTo(PlanePoint other) {
        return Math.hypot(other.e - e, other.n - n);
    }
}
