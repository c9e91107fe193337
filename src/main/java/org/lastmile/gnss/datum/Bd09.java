package org.lastmile.gnss.datum;

import org.lastmile.survey.crs.GeoPoint;

/**
 * BD-09, Baidu's coordinates: a second public shift applied on top of {@link Gcj02} (a small
 * rotation and scaling in degree space plus a constant offset of 0.0065° E, 0.006° N). The
 * inverse is found by iteration on the forward formula, to better than 1e-9°. Outside
 * {@link ChinaBox} both directions are the identity, as for GCJ-02. Degrees, longitude first.
 */
public final class Bd09 {

    private static final double X_PI = Math.PI * 3000.0 / 180.0;
    private static final double TOLERANCE_DEG = 1e-10;
    private static final int MAX_ITERATIONS = 50;

    private Bd09() {
    }

    /** BD-09 of a WGS84 position (through GCJ-02). */
    public static GeoPoint fromWgs84(double lon, double lat) {
        if (!ChinaBox.contains(lon, lat)) {
            return new GeoPoint(lon, lat);
        }
        GeoPoint gcj = Gcj02.fromWgs84(lon, lat);
        return fromGcj02(gcj.lon(), gcj.lat());
    }

    /** The WGS84 position whose BD-09 is the given one. */
    public static GeoPoint toWgs84(double lon, double lat) {
        if (!ChinaBox.contains(lon, lat)) {
            return new GeoPoint(lon, lat);
        }
        GeoPoint gcj = toGcj02(lon, lat);
        return Gcj02.toWgs84(gcj.lon(), gcj.lat());
    }

    /** BD-09 of a GCJ-02 position (the published formula, no boundary test). */
    public static GeoPoint fromGcj02(double lon, double lat) {
        double z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
        double theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
        return new GeoPoint(z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006);
    }

    /**
     * The GCJ-02 position whose BD-09 is the given one: the usual closed-form approximation
     * (good to about 1e-6°) refined by fixed-point iteration on {@link #fromGcj02}.
     */
    public static GeoPoint toGcj02(double lon, double lat) {
        double x = lon - 0.0065;
        double y = lat - 0.006;
        double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
        double gLon = z * Math.cos(theta);
        double gLat = z * Math.sin(theta);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            GeoPoint b = fromGcj02(gLon, gLat);
            double dLon = b.lon() - lon;
            double dLat = b.lat() - lat;
            gLon -= dLon;
            gLat -= dLat;
            if (Math.abs(dLon) < TOLERANCE_DEG && Math.abs(dLat) < TOLERANCE_DEG) {
                break;
            }
        }
        return new GeoPoint(gLon, gLat);
    }
}
