package org.lastmile.survey.crs;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A transverse Mercator map plane: a Gauss-Krüger zone on CGCS2000 (3° or 6°, with or without
 * the zone number prefixed to the easting), a UTM zone on WGS84, or explicit parameters.
 * Coordinates are easting, northing in metres; geographic input is longitude, latitude in degrees
 * on the plane's own datum (see {@link GeographicCrs} on WGS84 versus CGCS2000).
 *
 * <p>Immutable value; equal when the parameters are equal.
 */
public final class PlaneSystem implements Crs {

    private final int epsg;
    private final ZoneFamily family;
    private final int zone;
    private final boolean zonePrefix;
    private final GeographicCrs datum;
    private final double centralMeridian;
    private final double originLatitude;
    private final double scaleFactor;
    private final double falseEasting;
    private final double falseNorthing;
    private final TransverseMercator tm;

    private PlaneSystem(int epsg, ZoneFamily family, int zone, boolean zonePrefix, GeographicCrs datum,
            double centralMeridian, double originLatitude, double scaleFactor, double falseEasting,
            double falseNorthing) {
        this.epsg = epsg;
        this.family = family;
        this.zone = zone;
        this.zonePrefix = zonePrefix;
        this.datum = datum;
        this.centralMeridian = centralMeridian;
        this.originLatitude = originLatitude;
        this.scaleFactor = scaleFactor;
        this.falseEasting = falseEasting;
        this.falseNorthing = falseNorthing;
        this.tm = new TransverseMercator(datum.ellipsoid(), centralMeridian, originLatitude, scaleFactor,
                falseEasting, falseNorthing);
    }

    /**
     * A Gauss-Krüger 3° zone on CGCS2000: central meridian 3·zone°, k0 = 1, false easting 500 km,
     * plus zone × 1,000 km when {@code zonePrefix}. EPSG:4513–4533 (prefix) or 4534–4554.
     *
     * @param zone 25 (75°E) to 45 (135°E), the zones EPSG defines; Qinghai lies in 31–35
     * @throws CrsException {@link CrsError#ZONE_OUT_OF_RANGE} otherwise
     */
    public static PlaneSystem gaussKruger3(int zone, boolean zonePrefix) {
        checkZone(ZoneFamily.GAUSS_KRUGER_3, zone, 25, 45);
        return gaussKruger(ZoneFamily.GAUSS_KRUGER_3, zone, zonePrefix, zonePrefix ? 4488 + zone : 4509 + zone,
                3.0 * zone);
    }

    /**
     * A Gauss-Krüger 6° zone on CGCS2000: central meridian 6·zone − 3°, k0 = 1, false easting
     * 500 km, plus zone × 1,000 km when {@code zonePrefix}. EPSG:4491–4501 (prefix) or 4502–4512.
     *
     * @param zone 13 (75°E) to 23 (135°E); Qinghai lies in 16–18
     * @throws CrsException {@link CrsError#ZONE_OUT_OF_RANGE} otherwise
     */
    public static PlaneSystem gaussKruger6(int zone, boolean zonePrefix) {
        checkZone(ZoneFamily.GAUSS_KRUGER_6, zone, 13, 23);
        return gaussKruger(ZoneFamily.GAUSS_KRUGER_6, zone, zonePrefix, zonePrefix ? 4478 + zone : 4489 + zone,
                6.0 * zone - 3);
    }

    private static PlaneSystem gaussKruger(ZoneFamily family, int zone, boolean prefix, int epsg, double cm) {
        return new PlaneSystem(epsg, family, zone, prefix, GeographicCrs.CGCS2000, cm, 0, 1.0,
                500_000 + (prefix ? zone * 1_000_000.0 : 0), 0);
    }

    /**
     * A UTM zone on WGS84: central meridian 6·zone − 183°, k0 = 0.9996, false easting 500 km,
     * false northing 10,000 km in the south. EPSG:32601–32660 (north) or 32701–32760 (south).
     *
     * @throws CrsException {@link CrsError#ZONE_OUT_OF_RANGE} unless 1 ≤ zone ≤ 60
     */
    public static PlaneSystem utm(int zone, boolean south) {
        checkZone(ZoneFamily.UTM, zone, 1, 60);
        return new PlaneSystem((south ? 32700 : 32600) + zone, ZoneFamily.UTM, zone, false, GeographicCrs.WGS84,
                6.0 * zone - 183, 0, 0.9996, 500_000, south ? 10_000_000 : 0);
    }

    /**
     * A transverse Mercator plane from explicit parameters, without an EPSG code or zone.
     *
     * @param datum           the geographic system whose longitude and latitude are projected
     * @param centralMeridian longitude of origin, degrees
     * @param originLatitude  latitude of origin, degrees
     * @param scaleFactor     k0 on the central meridian
     * @param falseEasting    metres
     * @param falseNorthing   metres
     */
    public static PlaneSystem transverseMercator(GeographicCrs datum, double centralMeridian, double originLatitude,
            double scaleFactor, double falseEasting, double falseNorthing) {
        return new PlaneSystem(0, ZoneFamily.TRANSVERSE_MERCATOR, 0, false, Objects.requireNonNull(datum),
                centralMeridian, originLatitude, scaleFactor, falseEasting, falseNorthing);
    }

    private static void checkZone(ZoneFamily family, int zone, int first, int last) {
        if (zone < first || zone > last) {
            throw new CrsException(CrsError.ZONE_OUT_OF_RANGE, family.name(), zone);
        }
    }

    @Override
    public int epsg() {
        return epsg;
    }

    @Override
    public String code() {
        if (epsg != 0) {
            return "EPSG:" + epsg;
        }
        return String.format(Locale.ROOT, "TM(lon0=%s lat0=%s k0=%s x0=%s y0=%s %s)", centralMeridian,
                originLatitude, scaleFactor, falseEasting, falseNorthing, datum.name());
    }

    @Override
    public Ellipsoid ellipsoid() {
        return datum.ellipsoid();
    }

    @Override
    public boolean isGeographic() {
        return false;
    }

    /** The geographic system whose longitude and latitude this plane projects. */
    public GeographicCrs datum() {
        return datum;
    }

    public ZoneFamily family() {
        return family;
    }

    /** The zone number (0 for explicit parameters). */
    public int zone() {
        return zone;
    }

    /** Whether eastings carry the zone number in front (e.g. 33 633521.75 in zone 33). */
    public boolean hasZonePrefix() {
        return zonePrefix;
    }

    /** The central meridian, degrees east. */
    public double centralMeridian() {
        return centralMeridian;
    }

    /** The scale factor on the central meridian, k0. */
    public double centralScaleFactor() {
        return scaleFactor;
    }

    /** The false easting in metres (including the zone prefix, if any). */
    public double falseEasting() {
        return falseEasting;
    }

    /** The false northing in metres. */
    public double falseNorthing() {
        return falseNorthing;
    }

    /**
     * The easting and northing (metres) of a longitude and latitude (degrees) on {@link #datum()}.
     *
     * @throws CrsException {@link CrsError#OUTSIDE_DOMAIN} when the projection has no answer
     */
    public PlanePoint toPlane(double lon, double lat) {
        double[] en = tm.forward(lon, lat);
        if (!Double.isFinite(en[0]) || !Double.isFinite(en[1])) {
            throw new CrsException(CrsError.OUTSIDE_DOMAIN, code(), lon, lat);
        }
        return new PlanePoint(en[0], en[1]);
    }

    /** As {@link #toPlane(double, double)}. */
    public PlanePoint toPlane(GeoPoint p) {
        return toPlane(p.lon(), p.lat());
    }

    @Override
    public GeoPoint toGeographic(double e, double n) {
        double[] ll = tm.inverse(e, n);
        GeoPoint p = new GeoPoint(ll[0], ll[1]);
        if (!p.isValid()) {
            throw new CrsException(CrsError.OUTSIDE_DOMAIN, code(), e, n);
        }
        return p;
    }

    /** As {@link #toGeographic(double, double)}. */
    public GeoPoint toGeographic(PlanePoint p) {
        return toGeographic(p.e(), p.n());
    }

    @Override
    public double[] fromGeographic(double lon, double lat) {
        PlanePoint p = toPlane(lon, lat);
        return new double[] {p.e(), p.n()};
    }

    /**
     * The point scale factor k at a longitude and latitude (degrees): plane distance over
     * ellipsoid distance for a short line there. 1 on the central meridian of a Gauss-Krüger zone,
     * about 1 + (Δλ cos φ)²/2 away from it.
     */
    public double pointScale(double lon, double lat) {
        return tm.factors(lon, lat)[0];
    }

    /**
     * The meridian convergence γ at a longitude and latitude, degrees: the angle from true north
     * to grid north, clockwise, about Δλ·sin φ (positive east of the central meridian in the
     * north). Grid bearing = true bearing − γ.
     */
    public double convergenceDeg(double lon, double lat) {
        return tm.factors(lon, lat)[1];
    }

    /** The longitude difference from the central meridian, degrees, in (−180, 180]. */
    public double offsetFromCentralMeridian(double lon) {
        double d = Math.IEEEremainder(lon - centralMeridian, 360.0);
        return d == -180.0 ? 180.0 : d;
    }

    /**
     * A warning when the point lies farther from the central meridian than its family allows
     * ({@link ZoneFamily#warningLimitDeg()}); empty for explicit parameters.
     *
     * @param index the point's position in the caller's list (0-based), reported as given
     */
    public Optional<ZoneWarning> check(int index, GeoPoint p) {
        double offset = offsetFromCentralMeridian(p.lon());
        double limit = family.warningLimitDeg();
        if (Double.isNaN(limit) || Math.abs(offset) <= limit) {
            return Optional.empty();
        }
        return Optional.of(new ZoneWarning(CrsWarning.FAR_FROM_CENTRAL_MERIDIAN, index, p, offset, limit));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlaneSystem other && epsg == other.epsg && family == other.family
                && zone == other.zone && zonePrefix == other.zonePrefix && datum.equals(other.datum)
                && centralMeridian == other.centralMeridian && originLatitude == other.originLatitude
                && scaleFactor == other.scaleFactor && falseEasting == other.falseEasting
                && falseNorthing == other.falseNorthing;
    }

    @Override
    public int hashCode() {
        return Objects.hash(epsg, family, zone, zonePrefix, datum, centralMeridian, originLatitude, scaleFactor,
                falseEasting, falseNorthing);
    }

    @Override
    public String toString() {
        return code() + " " + family + (zone > 0 ? " zone " + zone : "") + " CM " + centralMeridian;
    }
}
