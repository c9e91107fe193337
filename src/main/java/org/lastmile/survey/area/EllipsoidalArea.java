package org.lastmile.survey.area;

import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.lastmile.survey.crs.Ellipsoid;
import org.lastmile.survey.crs.GeoPoint;

/**
 * The area of a polygon on an ellipsoid whose corners are joined by geodesics: GeographicLib's
 * {@code PolygonArea} (Karney 2013), exact to round-off for any size. For a field of a few
 * hundred metres a geodesic and a straight line on the Gauss-Krüger plane differ by well under a
 * millimetre.
 */
public final class EllipsoidalArea {

    private final Geodesic geodesic;

    /** An area calculator on an ellipsoid (e.g. {@link Ellipsoid#CGCS2000}). */
    public EllipsoidalArea(Ellipsoid ellipsoid) {
        this.geodesic = new Geodesic(ellipsoid.a(), ellipsoid.f());
    }

    /** The area of a ring (longitude, latitude in degrees; orientation does not matter), m². */
    public static Area of(List<GeoPoint> ring, Ellipsoid ellipsoid) {
        return new EllipsoidalArea(ellipsoid).area(ring);
    }

    /** The area of a ring (longitude, latitude in degrees; orientation does not matter), m². */
    public Area area(List<GeoPoint> ring) {
        return new Area(Math.abs(compute(ring).area), Surface.ELLIPSOID);
    }

    /** The perimeter of a ring along geodesics, metres. */
    public double perimeter(List<GeoPoint> ring) {
        return compute(ring).perimeter;
    }

    private PolygonResult compute(List<GeoPoint> ring) {
        PolygonArea polygon = new PolygonArea(geodesic, false);
        int n = ring.size();
        if (n > 1 && ring.get(0).equals(ring.get(n - 1))) {
            n--;
        }
        for (int i = 0; i < n; i++) {
            polygon.AddPoint(ring.get(i).lat(), ring.get(i).lon());
        }
        // signed = true: a clockwise ring gives a negative area rather than the rest of the earth
        return polygon.Compute(false, true);
    }
}
