package org.lastmile.survey.observation;

import java.util.List;
import java.util.Objects;

/**
 * A coordinate taken from a document (a land certificate, a CASS {@code .dat} file), treated as an
 * observation with the standard deviation its source states.
 *
 * @param point the id of the point
 * @param e easting, metres
 * @param n northing, metres
 * @param covariance covariance of (E, N), m²
 */
public record KnownCoordinate(String point, double e, double n, Covariance2 covariance) implements Observation {

    public KnownCoordinate {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(covariance, "covariance");
        Checks.finite(e, n);
    }

    /** A coordinate with the same standard deviation σ (metres) in E and in N. */
    public static KnownCoordinate of(String point, double e, double n, double sigma) {
        return new KnownCoordinate(point, e, n, Covariance2.isotropic(sigma));
    }

    @Override
    public ObservationType type() {
        return ObservationType.COORDINATE;
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
