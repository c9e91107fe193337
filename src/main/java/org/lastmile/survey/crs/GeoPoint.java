package org.lastmile.survey.crs;

import java.util.OptionalDouble;

/**
 * A geographic position, longitude first (x, then y), with a height when one is known. It is the
 * project's one longitude/latitude type: the survey engine's projections, the GNSS datum shifts
 * (WGS84, GCJ-02, BD-09) and the vertices of imported features all use it. Heights are passed
 * through as their source had them (GPX {@code ele}, KML altitude, CASS H, usually metres above
 * sea level); no geoid model is applied.
 *
 * @param lon longitude in degrees, east positive
 * @param lat latitude in degrees, north positive
 * @param height height in metres, or {@link Double#NaN} when not known
 */
public record GeoPoint(double lon, double lat, double height) {

    /** A position without height: longitude then latitude, degrees. */
    public GeoPoint(double lon, double lat) {
        this(lon, lat, Double.NaN);
    }

    /** A position without height: longitude then latitude, degrees. */
    public static GeoPoint of(double lon, double lat) {
        return new GeoPoint(lon, lat);
    }

    /** Whether both values are finite and within ±180° / ±90°. */
    public boolean isValid() {
        return Double.isFinite(lon) && Double.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
    }

    /** Whether a height is known. */
    public boolean hasHeight() {
        return !Double.isNaN(height);
    }

    /** The height in metres, if known. */
    public OptionalDouble heightIfAny() {
        return hasHeight() ? OptionalDouble.of(height) : OptionalDouble.empty();
    }

    /** The same height at another longitude and latitude (degrees, longitude first). */
    public GeoPoint movedTo(double newLon, double newLat) {
        return new GeoPoint(newLon, newLat, height);
    }
}
