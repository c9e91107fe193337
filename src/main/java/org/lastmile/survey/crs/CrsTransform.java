package org.lastmile.survey.crs;

/**
 * Converts coordinates from one system to another through longitude and latitude. WGS84 and
 * CGCS2000 longitude and latitude are taken as the same (see {@link GeographicCrs});
 * {@link #takesWgs84AsCgcs2000()} tells when that happened so the output can say it.
 */
public final class CrsTransform {

    private final Crs source;
    private final Crs target;

    private CrsTransform(Crs source, Crs target) {
        this.source = source;
        this.target = target;
    }

    /** The transform from {@code source} coordinates to {@code target} coordinates. */
    public static CrsTransform between(Crs source, Crs target) {
        return new CrsTransform(source, target);
    }

    public Crs source() {
        return source;
    }

    public Crs target() {
        return target;
    }

    /**
     * The target coordinates {x, y} of a point given as x, y in the source system (x first:
     * longitude or easting).
     *
     * @throws CrsException {@link CrsError#OUTSIDE_DOMAIN} when a step has no answer
     */
    public double[] apply(double x, double y) {
        if (source.equals(target)) {
            return new double[] {x, y};
        }
        GeoPoint p = source.toGeographic(x, y);
        return target.fromGeographic(p.lon(), p.lat());
    }

    /** Whether the two systems sit on different datums (WGS84 and CGCS2000) taken as one. */
    public boolean takesWgs84AsCgcs2000() {
        return datum(source).epsg() != datum(target).epsg();
    }

    private static GeographicCrs datum(Crs crs) {
        if (crs instanceof PlaneSystem plane) {
            return plane.datum();
        }
        return (GeographicCrs) crs;
    }
}
