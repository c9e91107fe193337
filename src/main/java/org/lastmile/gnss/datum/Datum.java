package org.lastmile.gnss.datum;

import java.util.Locale;
import java.util.Optional;
import org.lastmile.common.MessageKeyed;
import org.lastmile.survey.crs.GeoPoint;

/**
 * The coordinate systems that longitude/latitude files come in. LastMile stores and writes only
 * {@link #WGS84} and {@link #CGCS2000}, which it treats as the same: the two frames differ by a
 * few centimetres, far below what a handheld receiver or a map app can show. {@link #GCJ02} and
 * {@link #BD09} are the deliberately shifted systems of Chinese map apps; importing converts them
 * back. All values are degrees, longitude first.
 */
public enum Datum implements MessageKeyed {

    /** WGS 84, what GNSS receivers and most GPX files use. */
    WGS84("wgs84"),
    /** China Geodetic Coordinate System 2000 (EPSG:4490), the national frame; Tianditu. */
    CGCS2000("cgcs2000"),
    /** GCJ-02: Amap (高德), Tencent maps, Ovital (奥维) KML/CSV exports since 9.3. */
    GCJ02("gcj02"),
    /** BD-09: Baidu maps (百度). */
    BD09("bd09");

    private final String id;

    Datum(String id) {
        this.id = id;
    }

    /** The identifier used on the command line and in files ({@code gcj02}). */
    public String id() {
        return id;
    }

    /**
     * The name of the longitude/latitude system: {@code EPSG:4326}, {@code EPSG:4490}, or {@code
     * GCJ-02} and {@code BD-09}, which have no EPSG code.
     */
    public String crsName() {
        return switch (this) {
            case WGS84 -> "EPSG:4326";
            case CGCS2000 -> "EPSG:4490";
            case GCJ02 -> "GCJ-02";
            case BD09 -> "BD-09";
        };
    }

    /** Whether this is a deliberately shifted map-app system. */
    public boolean isShifted() {
        return this == GCJ02 || this == BD09;
    }

    /** The datum named by an identifier such as {@code gcj02}, {@code GCJ-02} or {@code bd09}. */
    public static Optional<Datum> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (Datum d : values()) {
            if (d.id.equals(n)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The WGS84/CGCS2000 position of a position given in this datum. */
    public GeoPoint toWgs84(double lon, double lat) {
        return switch (this) {
            case WGS84, CGCS2000 -> new GeoPoint(lon, lat);
            case GCJ02 -> Gcj02.toWgs84(lon, lat);
            case BD09 -> Bd09.toWgs84(lon, lat);
        };
    }

    /** This datum's position of a WGS84/CGCS2000 position. */
    public GeoPoint fromWgs84(double lon, double lat) {
        return switch (this) {
            case WGS84, CGCS2000 -> new GeoPoint(lon, lat);
            case GCJ02 -> Gcj02.fromWgs84(lon, lat);
            case BD09 -> Bd09.fromWgs84(lon, lat);
        };
    }

    @Override
    public String messageKey() {
        return "gnss.datum." + id;
    }

    @Override
    public Object[] messageArgs() {
        return new Object[0];
    }
}
