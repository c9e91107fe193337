package org.lastmile.survey.division;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Test parcels. */
final class Parcels {

    static final GeometryFactory GF = new GeometryFactory();

    private Parcels() {
    }

    /** A polygon from x, y pairs (the ring is closed here). */
    static Polygon polygon(double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2 + 1];
        for (int i = 0; i < xy.length / 2; i++) {
            c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        c[c.length - 1] = c[0].copy();
        return GF.createPolygon(c);
    }

    /** The L-shaped field of survey.md: 7300 m², base edge 0 from (0,0) to (120,0). */
    static Polygon lShape() {
        return polygon(0, 0, 120, 0, 120, 40, 50, 40, 50, 90, 0, 90);
    }

    /** The same field moved to Gauss-Krüger coordinates (zone-prefixed eastings). */
    static Polygon lShapeAt(double e0, double n0) {
        return polygon(e0, n0, e0 + 120, n0, e0 + 120, n0 + 40, e0 + 50, n0 + 40, e0 + 50, n0 + 90, e0, n0 + 90);
    }
}
