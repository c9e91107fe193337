package org.lastmile.survey.division;

import org.lastmile.survey.area.Area;
import org.locationtech.jts.geom.Geometry;

/**
 * One part of a divided parcel.
 *
 * @param geometry a Polygon, or a MultiPolygon when the part falls apart into pieces
 * @param areaM2   its plane area (JTS), m²
 * @param targetM2 the area it was meant to have, m²
 */
public record Part(Geometry geometry, double areaM2, double targetM2) {

    /** The area in mu. */
    public double mu() {
        return Area.toMu(areaM2);
    }

    /** The number of separate pieces (1 for a connected part). */
    public int pieces() {
        return geometry.getNumGeometries();
    }

    /** Achieved minus target area, m². */
    public double areaError() {
        return areaM2 - targetM2;
    }
}
