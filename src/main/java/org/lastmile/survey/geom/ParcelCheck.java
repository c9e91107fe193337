package org.lastmile.survey.geom;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Accepts a parcel only if it is one valid polygon in the sense of JTS's {@link IsValidOp}
 * (closed rings, no crossing or self-touching edges, holes inside the boundary) with a positive
 * area; otherwise says what is wrong and where.
 */
public final class ParcelCheck {

    private ParcelCheck() {
    }

    /**
     * The parcel as a polygon (a multi-polygon of one polygon is unwrapped).
     *
     * @throws GeometryException naming the problem and its location
     */
    public static Polygon polygon(Geometry geometry) {
        Geometry g = geometry;
        if (g instanceof MultiPolygon multi && multi.getNumGeometries() == 1) {
            g = multi.getGeometryN(0);
        }
        if (!(g instanceof Polygon polygon) || g.isEmpty()) {
            throw new GeometryException(GeometryError.NOT_A_POLYGON,
                    geometry == null ? "null" : geometry.getGeometryType());
        }
        TopologyValidationError error = new IsValidOp(polygon).getValidationError();
        if (error != null) {
            GeometryError code = GeometryError.of(error.getErrorType());
            if (error.getCoordinate() == null) {
                throw new GeometryException(code, polygon.getCoordinate());
            }
            throw new GeometryException(code, error.getCoordinate());
        }
        if (!(polygon.getArea() > 0)) {
            throw new GeometryException(GeometryError.TOO_FEW_POINTS, polygon.getCoordinate());
        }
        return polygon;
    }
}
