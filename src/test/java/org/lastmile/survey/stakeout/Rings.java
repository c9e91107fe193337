package org.lastmile.survey.stakeout;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Parcels for the stake-out tests, from corner coordinates (easting, northing pairs). */
final class Rings {

    private static final GeometryFactory GF = new GeometryFactory();

    private Rings() {
    }

    /** A polygon whose exterior ring has these corners in this order (closed here). */
    static Polygon polygon(double... en) {
        Coordinate[] c = new Coordinate[en.length / 2 + 1];
        for (int i = 0; i < en.length / 2; i++) {
            c[i] = new Coordinate(en[2 * i], en[2 * i + 1]);
        }
        c[c.length - 1] = c[0].copy();
        return GF.createPolygon(c);
    }
}
