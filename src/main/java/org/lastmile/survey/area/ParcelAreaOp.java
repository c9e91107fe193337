package org.lastmile.survey.area;

import java.util.ArrayList;
import java.util.List;
import org.lastmile.survey.crs.Crs;
import org.lastmile.survey.crs.GeoPoint;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.crs.PlaneSystem;
import org.lastmile.survey.crs.SiteScale;
import org.lastmile.survey.crs.ZoneChooser;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The plane, ellipsoidal and ground area of a polygon (holes subtracted) whose coordinates are in
 * a given system: x, y = longitude, latitude in degrees for a geographic system, easting, northing
 * in metres for a plane.
 *
 * <p>Plane coordinates are converted to longitude and latitude for the ellipsoidal area;
 * geographic ones are projected onto a plane for the plane area: the one set with
 * {@link #setPlane}, else the Gauss-Krüger 3° zone chosen for the site
 * ({@link ZoneChooser#suggest(java.util.Collection)}). The ground area follows {@link GroundArea}
 * with k at the polygon's centroid.
 */
public final class ParcelAreaOp {

    private final Crs crs;
    private double heightM;
    private PlaneSystem plane;

    /** An operation for polygons given in {@code crs}. */
    public ParcelAreaOp(Crs crs) {
        this.crs = crs;
        this.plane = crs instanceof PlaneSystem p ? p : null;
    }

    /** The area of a polygon in {@code crs} on one surface, at a site height in metres. */
    public static Area area(Polygon polygon, Crs crs, Surface surface, double heightM) {
        return new ParcelAreaOp(crs).setHeight(heightM).compute(polygon).on(surface);
    }

    /** The site height h in metres (ellipsoidal; the height above sea level will do, see {@link SiteScale}). */
    public ParcelAreaOp setHeight(double heightM) {
        this.heightM = heightM;
        return this;
    }

    /** The plane for the plane and ground areas of geographic input (ignored for plane input). */
    public ParcelAreaOp setPlane(PlaneSystem plane) {
        if (crs.isGeographic()) {
            this.plane = plane;
        }
        return this;
    }

    /**
     * All three areas of a polygon.
     *
     * @throws org.lastmile.survey.crs.CrsException when a corner cannot be converted
     */
    public ParcelAreas compute(Polygon polygon) {
        List<LinearRing> rings = rings(polygon);
        List<List<GeoPoint>> geographic = new ArrayList<>();
        List<GeoPoint> all = new ArrayList<>();
        for (LinearRing ring : rings) {
            List<GeoPoint> g = new ArrayList<>();
            for (Coordinate c : ring.getCoordinates()) {
                g.add(crs.toGeographic(c.x, c.y));
            }
            geographic.add(g);
            all.addAll(g);
        }
        PlaneSystem used = plane != null ? plane : ZoneChooser.suggest(all);
        double planeM2 = 0;
        double ellipsoidM2 = 0;
        EllipsoidalArea onEllipsoid = new EllipsoidalArea(used.ellipsoid());
        for (int r = 0; r < geographic.size(); r++) {
            List<PlanePoint> projected = new ArrayList<>();
            if (used.equals(crs)) {
                for (Coordinate c : rings.get(r).getCoordinates()) {
                    projected.add(new PlanePoint(c.x, c.y));
                }
            } else {
                for (GeoPoint g : geographic.get(r)) {
                    projected.add(used.toPlane(g));
                }
            }
            double sign = r == 0 ? 1 : -1;
            planeM2 += sign * Math.abs(PlaneArea.signed(projected));
            ellipsoidM2 += sign * onEllipsoid.area(geographic.get(r)).m2();
        }
        Coordinate centroid = polygon.getCentroid().getCoordinate();
        GeoPoint centre = crs.toGeographic(centroid.x, centroid.y);
        SiteScale scale = SiteScale.at(used, centre, heightM);
        Area planeArea = new Area(planeM2, Surface.PLANE);
        return new ParcelAreas(planeArea, new Area(ellipsoidM2, Surface.ELLIPSOID),
                GroundArea.fromPlane(planeArea, scale), used, scale, ZoneChooser.check(used, all));
    }

    /**
     * All three areas of a ring of corners given in {@code crs} (x first; for a plane E, N in
     * metres, e.g. adjusted coordinates), in ring order, the first corner not repeated.
     */
    public ParcelAreas compute(List<PlanePoint> ring) {
        Coordinate[] c = new Coordinate[ring.size() + 1];
        for (int i = 0; i < ring.size(); i++) {
            c[i] = new Coordinate(ring.get(i).e(), ring.get(i).n());
        }
        c[ring.size()] = c[0].copy();
        return compute(new GeometryFactory().createPolygon(c));
    }

    private static List<LinearRing> rings(Polygon polygon) {
        List<LinearRing> rings = new ArrayList<>();
        rings.add(polygon.getExteriorRing());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(polygon.getInteriorRingN(i));
        }
        return rings;
    }
}
