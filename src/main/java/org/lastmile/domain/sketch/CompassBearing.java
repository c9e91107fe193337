package org.lastmile.domain.sketch;

import java.util.Objects;

/**
 * A bearing from one corner to another: north = 0, clockwise, degrees.
 *
 * @param id identity
 * @param from a corner id
 * @param to another corner id
 * @param degrees the bearing read
 * @param sigmaDeg its σ, degrees (compass 0.5–1°, phone 2–3°)
 * @param magnetic true for a magnetic bearing (turned to grid with {@code declinationDeg}), false
 *     for a grid bearing
 * @param declinationDeg the magnetic declination, degrees east positive (ignored for a grid bearing)
 */
public record CompassBearing(String id, String from, String to, double degrees, double sigmaDeg, boolean magnetic,
        double declinationDeg) {

    public CompassBearing {
        Objects.requireNonNull(id);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (from.equals(to)) {
            throw new SketchException(SketchError.SAME_CORNER, from);
        }
        if (!Double.isFinite(degrees) || !Double.isFinite(declinationDeg)) {
            throw new SketchException(SketchError.NOT_FINITE, degrees);
        }
        if (!(sigmaDeg > 0)) {
            throw new SketchException(SketchError.NOT_POSITIVE, sigmaDeg);
        }
    }
}
