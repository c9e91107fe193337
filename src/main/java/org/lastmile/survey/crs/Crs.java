package org.lastmile.survey.crs;

/**
 * A coordinate reference system LastMile works in: geographic ({@link GeographicCrs}) or a
 * transverse Mercator plane ({@link PlaneSystem}). Coordinates are always x first: longitude,
 * latitude in degrees; easting, northing in metres.
 */
public sealed interface Crs permits GeographicCrs, PlaneSystem {

    /** The EPSG code, or 0 for a plane defined by explicit parameters only. */
    int epsg();

    /** {@code EPSG:n}, or a description of the parameters when there is no EPSG code. */
    String code();

    /** The ellipsoid the coordinates refer to. */
    Ellipsoid ellipsoid();

    /** Whether x, y are longitude and latitude in degrees (else easting and northing in metres). */
    boolean isGeographic();

    /**
     * The longitude and latitude (degrees, on this system's datum) of a point given in this system.
     *
     * @throws CrsException {@link CrsError#OUTSIDE_DOMAIN} when the point cannot be converted
     */
    GeoPoint toGeographic(double x, double y);

    /**
     * The coordinates {x, y} in this system of a longitude and latitude in degrees.
     *
     * @throws CrsException {@link CrsError#OUTSIDE_DOMAIN} when the point cannot be converted
     */
    double[] fromGeographic(double lon, double lat);
}
