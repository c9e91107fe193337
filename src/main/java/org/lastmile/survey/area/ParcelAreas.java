package org.lastmile.survey.area;

import java.util.List;
import org.lastmile.survey.crs.PlaneSystem;
import org.lastmile.survey.crs.SiteScale;
import org.lastmile.survey.crs.ZoneWarning;

/**
 * The area of one parcel on all three surfaces, with what they were computed with.
 *
 * @param plane       on the map plane of {@code planeSystem}
 * @param ellipsoid   on the plane system's ellipsoid (CGCS2000 for Gauss-Krüger)
 * @param ground      on the ground at the site's height
 * @param planeSystem the plane used: the input's own, or the one chosen for the site
 * @param scale       the factors of the ground area (k at the centroid, R, h)
 * @param warnings    corners too far from the plane's central meridian
 */
public record ParcelAreas(Area plane, Area ellipsoid, Area ground, PlaneSystem planeSystem, SiteScale scale,
        List<ZoneWarning> warnings) {

    public ParcelAreas {
        warnings = List.copyOf(warnings);
    }

    /** The area on one surface. */
    public Area on(Surface surface) {
        return switch (surface) {
            case PLANE -> plane;
            case ELLIPSOID -> ellipsoid;
            case GROUND -> ground;
        };
    }
}
