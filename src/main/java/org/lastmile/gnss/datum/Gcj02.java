package org.lastmile.gnss.datum;

import org.lastmile.survey.crs.GeoPoint;

/**
 * GCJ-02, the "Mars coordinates" of Amap, Tencent maps and Ovital exports: WGS84 shifted on
 * purpose by a public, non-uniform formula worked on the Krasovsky ellipsoid (a = 6,378,245 m,
 * e² = 0.00669342162296594323). The shift is 100–700 m in mainland China.
 *
 * <p>The forward transform is the published formula; the inverse has no closed form and is found
 * by fixed-point iteration on the forward one, to better than 1e-9° (0.1 mm) in a few steps.
 * Outside {@link ChinaBox} both are the identity. All values are degrees, longitude first.
 */
public final class Gcj02 {

    private static final double A = 6_378_245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double TOLERANCE_DEG = 1e-10;
    private static final int MAX_ITERATIONS = 50;

    private Gcj02() {
    }

    /** GCJ-02 of a WGS84 position. */
    public static GeoPoint fromWgs84(double lon, double lat) {
        if (!ChinaBox.contains(lon, lat)) {
            return new GeoPoint(lon, lat);
        }
        return shifted(lon, lat);
    }

    /** The WGS84 position whose GCJ-02 is the given one (iterative inverse). */
    public static GeoPoint toWgs84(double lon, double lat) {
        if (!ChinaBox.contains(lon, lat)) {
            return new GeoPoint(lon, lat);
        }
        double wLon = lon;
        double wLat = lat;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            GeoPoint g = shifted(wLon, wLat);
            double dLon = g.lon() - lon;
            double dLat = g.lat() - lat;
            wLon -= dLon;
            wLat -= dLat;
            if (Math.abs(dLon) < TOLERANCE_DEG && Math.abs(dLat) < TOLERANCE_DEG) {
                break;
            }
        }
        return new GeoPoint(wLon, wLat);
    }

    /** The formula itself, applied without the boundary test. */
    static GeoPoint shifted(double lon, double lat) {
        double x = lon - 105.0;
        double y = lat - 35.0;
        double dLat = latitudeTerm(x, y);
        double dLon = longitudeTerm(x, y);
        double radLat = Math.toRadians(lat);
        double sin = Math.sin(radLat);
        double magic = 1 - EE * sin * sin;
        double sqrtMagic = Math.sqrt(magic);
        dLat = dLat * 180.0 / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = dLon * 180.0 / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new GeoPoint(lon + dLon, lat + dLat);
    }

    private static double latitudeTerm(double x, double y) {
        double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        r += common(x);
        r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320.0 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return r;
    }

    private static double longitudeTerm(double x, double y) {
        double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        r += common(x);
        r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return r;
    }

    private static double common(double x) {
        return (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    }
}
