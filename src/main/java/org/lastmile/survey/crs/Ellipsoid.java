package org.lastmile.survey.crs;

/**
 * A reference ellipsoid given by its semi-major axis and flattening.
 *
 * @param name a short name for logs, e.g. {@code CGCS2000}
 * @param a    semi-major axis in metres
 * @param f    flattening (not its reciprocal)
 */
public record Ellipsoid(String name, double a, double f) {

    /** The CGCS2000 ellipsoid: a = 6378137 m, f = 1/298.257222101 (the GRS80 figure). */
    public static final Ellipsoid CGCS2000 = new Ellipsoid("CGCS2000", 6378137.0, 1 / 298.257222101);

    /** The WGS84 ellipsoid: a = 6378137 m, f = 1/298.257223563. */
    public static final Ellipsoid WGS84 = new Ellipsoid("WGS84", 6378137.0, 1 / 298.257223563);

    public Ellipsoid {
        if (!(a > 0) || !(f >= 0 && f < 1)) {
            throw new IllegalArgumentException("ellipsoid a=" + a + " f=" + f);
        }
    }

    /** An ellipsoid from its semi-major axis (m) and inverse flattening (e.g. 298.257222101). */
    public static Ellipsoid ofInverseFlattening(String name, double a, double inverseFlattening) {
        return new Ellipsoid(name, a, 1 / inverseFlattening);
    }

    /** The inverse flattening 1/f. */
    public double inverseFlattening() {
        return 1 / f;
    }

    /** The semi-minor axis b = a(1 − f), metres. */
    public double b() {
        return a * (1 - f);
    }

    /** The first eccentricity squared e² = f(2 − f). */
    public double e2() {
        return f * (2 - f);
    }

    /** The radius of curvature of the meridian M = a(1 − e²)/(1 − e² sin²φ)^1.5, metres. */
    public double meridianRadius(double latitudeDeg) {
        double s = Math.sin(Math.toRadians(latitudeDeg));
        double w2 = 1 - e2() * s * s;
        return a * (1 - e2()) / (w2 * Math.sqrt(w2));
    }

    /** The radius of curvature in the prime vertical ν = a/√(1 − e² sin²φ), metres. */
    public double primeVerticalRadius(double latitudeDeg) {
        double s = Math.sin(Math.toRadians(latitudeDeg));
        return a / Math.sqrt(1 - e2() * s * s);
    }

    /**
     * The Gaussian mean radius of curvature R = √(M·ν) at a latitude, metres: the radius of the
     * sphere that best fits the ellipsoid around that latitude in every direction, the R of the
     * height reduction of distances and areas.
     */
    public double meanRadius(double latitudeDeg) {
        return Math.sqrt(meridianRadius(latitudeDeg) * primeVerticalRadius(latitudeDeg));
    }
}
