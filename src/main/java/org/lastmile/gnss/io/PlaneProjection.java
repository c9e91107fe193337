package org.lastmile.gnss.io;

import org.lastmile.survey.crs.GeoPoint;


/**
 * A plane coordinate system (a Gauss-Krüger zone of CGCS2000) as the file importers and exporters
 * need it. The projection itself is the survey engine's ({@code org.lastmile.survey.crs}, adapted by
 * {@link PlaneProjections}); this is only the seam through which the CASS and DXF code uses it.
 */
public interface PlaneProjection {

    /** The system's name, for example {@code EPSG:4521}. */
    String name();

    /** Longitude and latitude (CGCS2000, degrees) of a plane point given easting, northing (m). */
    GeoPoint toLonLat(double easting, double northing);

    /** Easting and northing in metres, in that order, of a longitude and latitude (degrees). */
    double[] toPlane(double lon, double lat);

    /**
     * Whether an easting and northing (m) can belong to this system: inside its zone, with the
     * zone number in front of the easting when the system writes one.
     */
    boolean accepts(double easting, double northing);
}
