package org.lastmile.survey.observation;

import java.util.List;
import java.util.Objects;

/**
 * A position of a point observed directly in the plane: easting and northing in metres (E first)
 * with their 2×2 covariance. It comes either from a GNSS receiver ({@link ObservationType#GNSS},
 * averaged fixes projected to the plane; handheld receivers are off by metres and their errors are
 * correlated in time, so a σ reported by the receiver is usually too optimistic, see
 * {@code docs/survey.md}) or from a document such as a land certificate or a CASS {@code .dat}
 * file ({@link ObservationType#COORDINATE}, with the standard deviation its source states). The
 * adjustment treats both alike; the type only names the source in files and output.
 *
 * @param point the id of the point
 * @param e easting, metres
 * @param n northing, metres
 * @param covariance covariance of (E, N), m²
 * @param type {@link ObservationType#GNSS} or {@link ObservationType#COORDINATE}
 */
public record PointPosition(String point, double e, double n, Covariance2 covariance, ObservationType type)
        implements Observation {

    public PointPosition {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(covariance, "covariance");
        if (type != ObservationType.GNSS && type != ObservationType.COORDINATE) {
            throw new IllegalArgumentException("a point position is GNSS or COORDINATE, not " + type);
        }
        Checks.finite(e, n);
    }

    /** A GNSS position: E, N in metres with their covariance in m². */
    public static PointPosition gnss(String point, double e, double n, Covariance2 covariance) {
        return new PointPosition(point, e, n, covariance, ObservationType.GNSS);
    }

    /** A GNSS position with the same standard deviation σ (metres) in E and in N. */
    public static PointPosition gnss(String point, double e, double n, double sigma) {
        return gnss(point, e, n, Covariance2.isotropic(sigma));
    }

    /** A coordinate from a document: E, N in metres with the covariance (m²) its source states. */
    public static PointPosition known(String point, double e, double n, Covariance2 covariance) {
        return new PointPosition(point, e, n, covariance, ObservationType.COORDINATE);
    }

    /** A coordinate from a document with the same standard deviation σ (metres) in E and in N. */
    public static PointPosition known(String point, double e, double n, double sigma) {
        return known(point, e, n, Covariance2.isotropic(sigma));
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
