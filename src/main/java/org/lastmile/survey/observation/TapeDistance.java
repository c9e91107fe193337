package org.lastmile.survey.observation;

import java.util.List;
import java.util.Objects;

/**
 * A horizontal distance between two corners, in metres, already reduced to the plane of the
 * adjustment (see {@link Slope} for slope reduction; the reduction from the ground to a map plane
 * belongs to the coordinate system).
 *
 * @param from id of one end
 * @param to id of the other end
 * @param distance the horizontal distance, metres
 * @param sigma its standard deviation, metres
 */
public record TapeDistance(String from, String to, double distance, double sigma) implements Observation {

    /** The constant part a of the default tape σ, metres (1–2 cm for a steel or fibreglass tape). */
    public static final double DEFAULT_CONSTANT_SIGMA = 0.015;

    /** The relative part of the default tape σ: 1 : 2000. */
    public static final double DEFAULT_RELATIVE_SIGMA = 1.0 / 2000;

    public TapeDistance {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Checks.distinct(from, to);
        Checks.finite(distance);
        if (!(distance > 0)) {
            throw new IllegalArgumentException("a distance must be positive: " + distance);
        }
        Checks.positive(sigma, "sigma");
    }

    /** A tape with the default σ = √(a² + (s/2000)²), a = {@value #DEFAULT_CONSTANT_SIGMA} m. */
    public static TapeDistance of(String from, String to, double distance) {
        return new TapeDistance(from, to, distance, defaultSigma(distance, DEFAULT_CONSTANT_SIGMA));
    }

    /** The usual tape σ in metres: √(a² + (s/2000)²) for a distance s and a constant part a, both metres. */
    public static double defaultSigma(double distance, double constant) {
        double relative = distance * DEFAULT_RELATIVE_SIGMA;
        return Math.sqrt(constant * constant + relative * relative);
    }

    /** The same tape with another distance (for checking a writing slip). */
    public TapeDistance withDistance(double newDistance) {
        return new TapeDistance(from, to, newDistance, sigma);
    }

    @Override
    public ObservationType type() {
        return ObservationType.TAPE;
    }

    @Override
    public int components() {
        return 1;
    }

    @Override
    public List<String> points() {
        return List.of(from, to);
    }

    @Override
    public double sigma(int i) {
        return sigma;
    }
}
