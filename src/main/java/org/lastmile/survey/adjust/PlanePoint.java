package org.lastmile.survey.adjust;

/**
 * A position on the plane of the adjustment: easting then northing, metres.
 *
 * @param e easting, metres
 * @param n northing, metres
 */
public record PlanePoint(double e, double n) {

    /** The distance to another point, metres. */
    public double distanceTo(PlanePoint other) {
        return Math.hypot(other.e - e, other.n - n);
    }
}
