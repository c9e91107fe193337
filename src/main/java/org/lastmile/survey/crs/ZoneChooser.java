package org.lastmile.survey.crs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Chooses one plane for a whole site (a case file's field or pasture), never one per point: two
 * corners of one field in two zones would give a nonsense area and nonsense distances.
 *
 * <p>The zone is the one that holds the middle of the site's longitude range, (min + max)/2, which
 * keeps the farthest point as close to the central meridian as the zone allows. <b>Tie rule:</b> a
 * zone border belongs to the zone east of it, as in the UTM formula; so a site centred exactly on
 * 100.5°E (the border of 3° zones 33 and 34) gets zone 34, and one centred on 102°E (a 6° border)
 * gets 6° zone 18.
 */
public final class ZoneChooser {

    private ZoneChooser() {
    }

    /** The Gauss-Krüger 3° zone number that holds a longitude: ⌊lon/3 + ½⌋ (borders go east). */
    public static int gaussKruger3Zone(double lon) {
        return (int) Math.floor(lon / 3.0 + 0.5);
    }

    /** The Gauss-Krüger 6° zone number that holds a longitude: ⌊lon/6⌋ + 1 (borders go east). */
    public static int gaussKruger6Zone(double lon) {
        return (int) Math.floor(lon / 6.0) + 1;
    }

    /** The UTM zone number that holds a longitude in [−180, 180): ⌊(lon + 180)/6⌋ + 1. */
    public static int utmZone(double lon) {
        int zone = (int) Math.floor((lon + 180.0) / 6.0) + 1;
        return Math.min(Math.max(zone, 1), 60);
    }

    /**
     * The plane of a family for a site; for UTM the hemisphere of the site's mean latitude.
     *
     * @param family     {@link ZoneFamily#GAUSS_KRUGER_3}, {@link ZoneFamily#GAUSS_KRUGER_6} or
     *                   {@link ZoneFamily#UTM}
     * @param zonePrefix whether Gauss-Krüger eastings carry the zone number (ignored for UTM)
     * @param site       the site's points (not empty), longitude and latitude in degrees
     * @throws CrsException {@link CrsError#ZONE_OUT_OF_RANGE} when EPSG defines no such zone
     */
    public static PlaneSystem suggest(ZoneFamily family, boolean zonePrefix, Collection<GeoPoint> site) {
        if (site.isEmpty()) {
            throw new IllegalArgumentException("a site needs at least one point");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double latSum = 0;
        for (GeoPoint p : site) {
            min = Math.min(min, p.lon());
            max = Math.max(max, p.lon());
            latSum += p.lat();
        }
        double middle = (min + max) / 2;
        return switch (family) {
            case GAUSS_KRUGER_3 -> PlaneSystem.gaussKruger3(gaussKruger3Zone(middle), zonePrefix);
            case GAUSS_KRUGER_6 -> PlaneSystem.gaussKruger6(gaussKruger6Zone(middle), zonePrefix);
            case UTM -> PlaneSystem.utm(utmZone(middle), latSum / site.size() < 0);
            case TRANSVERSE_MERCATOR -> throw new IllegalArgumentException("no zones in " + family);
        };
    }

    /** The Gauss-Krüger 3° zone without prefix for a site: LastMile's default site plane. */
    public static PlaneSystem suggest(Collection<GeoPoint> site) {
        return suggest(ZoneFamily.GAUSS_KRUGER_3, false, site);
    }

    /** The warnings for every point of a list that lies too far from the plane's central meridian. */
    public static List<ZoneWarning> check(PlaneSystem plane, List<GeoPoint> points) {
        List<ZoneWarning> warnings = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            plane.check(i, points.get(i)).ifPresent(warnings::add);
        }
        return warnings;
    }
}
