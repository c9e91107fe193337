package org.lastmile.survey.crs;

import org.locationtech.proj4j.Proj4jException;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.ExtendedTransverseMercatorProjection;

/**
 * Transverse Mercator arithmetic: Proj4J's Poder/Engsager projection ({@code etmerc}, what PROJ
 * calls {@code tmerc}) for coordinates, and its derivative along the parallel for the point scale
 * factor and the meridian convergence. Immutable and thread-safe (Proj4J's projection keeps no
 * state between calls).
 */
final class TransverseMercator {

    /** Step in longitude (radians, about 60 m) of the central difference for k and γ. */
    private static final double STEP = 1e-5;

    private final Ellipsoid ellipsoid;
    private final ExtendedTransverseMercatorProjection projection;
    /** The same projection without false easting and northing, for well-conditioned differences. */
    private final ExtendedTransverseMercatorProjection bare;

    TransverseMercator(Ellipsoid ellipsoid, double lon0Deg, double lat0Deg, double k0, double falseEasting,
            double falseNorthing) {
        this.ellipsoid = ellipsoid;
        org.locationtech.proj4j.datum.Ellipsoid e = new org.locationtech.proj4j.datum.Ellipsoid(
                ellipsoid.name(), ellipsoid.a(), 0.0, ellipsoid.inverseFlattening(), ellipsoid.name());
        this.projection = new ExtendedTransverseMercatorProjection(e, Math.toRadians(lon0Deg),
                Math.toRadians(lat0Deg), k0, falseEasting, falseNorthing);
        this.bare = new ExtendedTransverseMercatorProjection(e, Math.toRadians(lon0Deg),
                Math.toRadians(lat0Deg), k0, 0, 0);
    }

    /** {E, N} in metres of a longitude and latitude in degrees; NaN when out of the domain. */
    double[] forward(double lon, double lat) {
        if (!new GeoPoint(lon, lat).isValid()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        try {
            ProjCoordinate out = projection.project(new ProjCoordinate(lon, lat), new ProjCoordinate());
            return new double[] {out.x, out.y};
        } catch (Proj4jException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
    }

    /** {lon, lat} in degrees of an easting and northing in metres; NaN when out of the domain. */
    double[] inverse(double e, double n) {
        if (!Double.isFinite(e) || !Double.isFinite(n)) {
            return new double[] {Double.NaN, Double.NaN};
        }
        try {
            ProjCoordinate out = projection.inverseProject(new ProjCoordinate(e, n), new ProjCoordinate());
            return new double[] {out.x, out.y};
        } catch (Proj4jException ex) {
            return new double[] {Double.NaN, Double.NaN};
        }
    }

    /**
     * {k, γ}: the point scale factor and the meridian convergence in degrees (the angle from true
     * north to grid north, clockwise; positive east of the central meridian in the northern
     * hemisphere). From the projection's derivative along the parallel: a conformal map scales and
     * turns every direction alike, so k = |∂(E,N)/∂λ| / (ν cos φ) and γ = atan2(∂N/∂λ, ∂E/∂λ).
     */
    double[] factors(double lon, double lat) {
        if (!new GeoPoint(lon, lat).isValid() || Math.abs(lat) > 89.9) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double dLonDeg = Math.toDegrees(STEP);
        ProjCoordinate east;
        ProjCoordinate west;
        try {
            east = bare.project(new ProjCoordinate(lon + dLonDeg, lat), new ProjCoordinate());
            west = bare.project(new ProjCoordinate(lon - dLonDeg, lat), new ProjCoordinate());
        } catch (Proj4jException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double dE = (east.x - west.x) / (2 * STEP);
        double dN = (east.y - west.y) / (2 * STEP);
        double parallelRadius = ellipsoid.primeVerticalRadius(lat) * Math.cos(Math.toRadians(lat));
        return new double[] {Math.hypot(dE, dN) / parallelRadius, Math.toDegrees(Math.atan2(dN, dE))};
    }
}
