package org.lastmile.survey.area;

import org.lastmile.survey.crs.SiteScale;

/**
 * The area on the ground at the site's height h. Lengths on the ground are those on the plane
 * divided by k·R/(R + h) ({@link SiteScale}), so areas are
 *
 * <pre>  A_ground = A_plane · ((R + h) / (k·R))²</pre>
 *
 * with k the plane's point scale factor at the parcel (its centroid) and R the Gaussian mean radius
 * of curvature at its latitude; from an ellipsoidal area, k = 1:
 * A_ground = A_ellipsoid · ((R + h)/R)². At 3,000 m this is +942 ppm over the plane area on the
 * central meridian (+0.0094 mu on 10 mu, +7.06 mu on a 5 km² pasture).
 */
public final class GroundArea {

    private GroundArea() {
    }

    /** The ground area of a plane area (m², {@link Surface#PLANE}) at a site. */
    public static Area fromPlane(Area plane, SiteScale site) {
        requireSurface(plane, Surface.PLANE);
        return new Area(plane.m2() * site.planeToGroundArea(), Surface.GROUND);
    }

    /** The ground area of an ellipsoidal area at height h (m) with mean radius R (m). */
    public static Area fromEllipsoid(Area ellipsoid, double radiusM, double heightM) {
        requireSurface(ellipsoid, Surface.ELLIPSOID);
        double f = (radiusM + heightM) / radiusM;
        return new Area(ellipsoid.m2() * f * f, Surface.GROUND);
    }

    private static void requireSurface(Area area, Surface surface) {
        if (area.surface() != surface) {
            throw new IllegalArgumentException("expected an area on " + surface + ", got " + area.surface());
        }
    }
}
