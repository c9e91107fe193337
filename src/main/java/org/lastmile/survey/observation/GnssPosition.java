package org.lastmile.survey.observation;

import java.util.List;
import java.util.Objects;

/**
 * A GNSS position of a point projected to the plane: E, N in metres with their 2×2 covariance.
 * Handheld receivers are off by metres and their errors are correlated in time: a σ reported by
 * the receiver is usually too optimistic (see {@code docs/survey.md}).
 *
 * @param point the id of the point
 * @param e easting, metres
 * @param n northing, metres
 * @param covariance covariance of (E, N), m²
 */
public record GnssPosition(String point, double e, double n, Covariance2 covariance) implements Observation {

    public GnssPosition {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(covariance, "covariance");
        Checks.finite(e, n);
    }

    /** A position with the same standard deviation σ (metres) in E and in N. */
    public static GnssPosition of(String point, double e, double n, double sigma) {
        return new GnssPosition(point, e, n, Covariance2.isotropic(sigma));
    }

    @Override
    public ObservationType type() {
        return ObservationType.GNSS;
    }

    @Override
    public int components() {
        return 2;
    }

    @Override
    public List<String> points() {
        return List.of(point);
    }

    @Override
    public double sigma(int i) {
        return i == 0 ? covariance.sigmaE() : covariance.sigmaN();
    }
}
