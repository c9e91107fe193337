package org.lastmile.gnss.datum;

/**
 * A horizontal position in degrees, longitude first (x, then y).
 *
 * @param lon longitude in degrees, east positive
 * @param lat latitude in degrees, north positive
 */
public record LonLat(double lon, double lat) {
}
