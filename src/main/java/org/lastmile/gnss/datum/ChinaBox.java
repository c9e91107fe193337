package org.lastmile.gnss.datum;

/**
 * Where the Chinese map-app shifts apply. The GCJ-02 rule is not published with a boundary; the
 * open-source implementations agree on one rectangle, used here too: longitude 72.004°–137.8347°
 * E, latitude 0.8293°–55.8271° N (inclusive). Outside it, GCJ-02 and BD-09 are the identity.
 * The rectangle includes parts of neighbouring countries and misses nothing of mainland China,
 * so it is right for Qinghai, which lies far inside it (89°–103° E, 31°–39° N).
 */
public final class ChinaBox {

    /** Western edge, degrees east. */
    public static final double MIN_LON = 72.004;
    /** Eastern edge, degrees east. */
    public static final double MAX_LON = 137.8347;
    /** Southern edge, degrees north. */
    public static final double MIN_LAT = 0.8293;
    /** Northern edge, degrees north. */
    public static final double MAX_LAT = 55.8271;

    private ChinaBox() {
    }

    /** Whether the shift applies at this longitude and latitude (degrees). */
    public static boolean contains(double lon, double lat) {
        return lon >= MIN_LON && lon <= MAX_LON && lat >= MIN_LAT && lat <= MAX_LAT;
    }
}
