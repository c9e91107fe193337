package org.lastmile.gnss.io;

import java.util.OptionalDouble;

/**
 * One vertex of an imported feature: longitude and latitude in degrees (x first), and a height in
 * metres when the file gave one ({@link Double#NaN} when it did not). Heights are passed through as
 * the file had them (GPX {@code ele}, KML altitude, CASS H, usually metres above sea level); no
 * geoid model is applied.
 *
 * @param lon longitude in degrees, east positive
 * @param lat latitude in degrees, north positive
 * @param height height in metres, or NaN when absent
 */
public record Position(double lon, double lat, double height) {

    /** A position without height. */
    public static Position of(double lon, double lat) {
        return new Position(lon, lat, Double.NaN);
    }

    /** Whether the file gave a height. */
    public boolean hasHeight() {
        return !Double.isNaN(height);
    }

    /** The height in metres, if the file gave one. */
    public OptionalDouble heightIfAny() {
        return hasHeight() ? OptionalDouble.of(height) : OptionalDouble.empty();
    }

    /** The same height at another longitude and latitude (degrees). */
    public Position movedTo(double newLon, double newLat) {
        return new Position(newLon, newLat, height);
    }
}
