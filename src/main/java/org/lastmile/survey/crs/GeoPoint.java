package org.lastmile.survey.crs;

/**
 * A geographic position, longitude first.
 *
 * @param lon longitude in degrees, east positive
 * @param lat latitude in degrees, north positive
 */
public record GeoPoint(double lon, double lat) {

    /** Whether both values are finite and within ±180° / ±90°. */
    public boolean isValid() {
        return Double.isFinite(lon) && Double.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
    }
}
