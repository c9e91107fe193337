package org.lastmile.ui.sketch;

import java.util.List;
import java.util.Map;
import org.lastmile.survey.crs.PlanePoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** A ring of corner ids as a JTS polygon on the plane, from the adjusted positions. */
final class ParcelGeometry {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private ParcelGeometry() {
    }

    static Polygon polygon(List<String> ring, Map<String, PlanePoint> at) {
        Coordinate[] c = new Coordinate[ring.size() + 1];
        for (int i = 0; i < ring.size(); i++) {
            PlanePoint p = at.get(ring.get(i));
            c[i] = new Coordinate(p.e(), p.n());
        }
        c[ring.size()] = c[0];
        return FACTORY.createPolygon(c);
    }
}
