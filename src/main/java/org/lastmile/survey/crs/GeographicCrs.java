package org.lastmile.survey.crs;

/**
 * Geographic coordinates (longitude, latitude in degrees) on a datum.
 *
 * <p>CGCS2000 and WGS84 (its current realisations) agree to a few centimetres in China, far below
 * what a handheld receiver resolves, so LastMile converts between them without a shift: the same
 * longitude and latitude. Outputs say so ({@link CrsWarning#WGS84_TAKEN_AS_CGCS2000}).
 *
 * @param epsg      the EPSG code
 * @param name      a short name, e.g. {@code CGCS2000}
 * @param ellipsoid the datum's ellipsoid
 */
public record GeographicCrs(int epsg, String name, Ellipsoid ellipsoid) implements Crs {

    /** China Geodetic Coordinate System 2000, EPSG:4490. */
    public static final GeographicCrs CGCS2000 = new GeographicCrs(4490, "CGCS2000", Ellipsoid.CGCS2000);

    /** WGS84, EPSG:4326 (x = longitude, whatever EPSG's axis order says). */
    public static final GeographicCrs WGS84 = new GeographicCrs(4326, "WGS84", Ellipsoid.WGS84);

    @Override
    public String code() {
        return "EPSG:" + epsg;
    }

    @Override
    public boolean isGeographic() {
        return true;
    }

    @Override
    public GeoPoint toGeographic(double x, double y) {
        GeoPoint p = new GeoPoint(x, y);
        if (!p.isValid()) {
            throw new CrsException(CrsError.OUTSIDE_DOMAIN, code(), x, y);
        }
        return p;
    }

    @Override
    public double[] fromGeographic(double lon, double lat) {
        return new double[] {lon, lat};
    }

    @Override
    public String toString() {
        return code() + " " + name;
    }
}
