package org.lastmile.survey.crs;

/**
 * The scale between the ground of a site and its map plane: a tape laid on the ground at height h
 * measures s_ground; the same line on the plane is
 *
 * <pre>  s_plane = s_ground · k · R / (R + h)</pre>
 *
 * where k is the plane's point scale factor at the site ({@link PlaneSystem#pointScale}) and
 * R the Gaussian mean radius of curvature √(M·ν) of the ellipsoid at the site's latitude
 * ({@link Ellipsoid#meanRadius}). R/(R + h) takes the tape down to the ellipsoid, k from the
 * ellipsoid to the plane. At 3,000 m and on the central meridian the ground is 471 ppm longer than
 * the plane. h is the ellipsoidal height; the height above sea level differs from it by the geoid
 * height (tens of metres in Qinghai), which changes the factor by under 10 ppm.
 *
 * <p>One factor serves a whole field: k changes by less than 0.2 ppm over a kilometre.
 */
public final class SiteScale {

    private final double pointScale;
    private final double radius;
    private final double height;

    private SiteScale(double pointScale, double radius, double height) {
        this.pointScale = pointScale;
        this.radius = radius;
        this.height = height;
    }

    /** The scale at a site given by longitude, latitude (degrees) and height (metres). */
    public static SiteScale at(PlaneSystem plane, GeoPoint site, double heightM) {
        return new SiteScale(plane.pointScale(site.lon(), site.lat()), plane.ellipsoid().meanRadius(site.lat()),
                heightM);
    }

    /** The scale at a site given by its plane coordinates (metres) and height (metres). */
    public static SiteScale at(PlaneSystem plane, PlanePoint site, double heightM) {
        return at(plane, plane.toGeographic(site), heightM);
    }

    /** From the factors themselves: point scale k, radius R (m) and height h (m). */
    public static SiteScale of(double pointScale, double radiusM, double heightM) {
        return new SiteScale(pointScale, radiusM, heightM);
    }

    /** The plane's point scale factor k at the site. */
    public double pointScale() {
        return pointScale;
    }

    /** The radius R of the height reduction, metres. */
    public double radius() {
        return radius;
    }

    /** The site height h, metres. */
    public double height() {
        return height;
    }

    /** The factor k·R/(R + h) from a ground distance to a plane distance. */
    public double groundToPlane() {
        return pointScale * radius / (radius + height);
    }

    /** The plane distance (m) of a horizontal distance taped on the ground (m). */
    public double planeDistance(double groundM) {
        return groundM * groundToPlane();
    }

    /** The ground distance (m) of a plane distance (m). */
    public double groundDistance(double planeM) {
        return planeM / groundToPlane();
    }

    /** The factor (1/(k·R/(R + h)))² from a plane area to the ground area. */
    public double planeToGroundArea() {
        double f = groundToPlane();
        return 1 / (f * f);
    }
}
