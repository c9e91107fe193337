package org.lastmile.survey.adjust;

import java.util.List;

/**
 * Settings of an adjustment.
 *
 * @param maxIterations Gauss–Newton gives up after this many steps (20)
 * @param convergenceMetres stop when every coordinate step is below this, metres (0.0001)
 * @param convergenceRadians and every orientation step below this, radians (1e−7)
 * @param criticalW data snooping rejects an observation whose |w| exceeds this (3.29: α0 = 0.1 %)
 * @param delta0 non-centrality of the w-test for the minimal detectable blunder (4.13: power 80 %)
 * @param globalAlpha significance of the two-sided χ² global test (0.05)
 * @param maxRejections data snooping rejects at most this many observations
 * @param tapeLengths lengths of the tapes in use, metres, for the "one tape length" writing slip
 * @param grossFactor a tape differs grossly from the distance between two positioned corners when
 *     the difference exceeds this many of its standard deviations (5)
 * @param groundToPlane the factor that turned the written (ground) tape values into the plane
 *     distances of the network (1 when they are the same): writing slips are sought in the
 *     written digits
 * @param robustStart whether the classical adjustment starts from a robust first solution
 *     ({@link RobustStart}, issue 13; true by default; false only to measure what it costs and
 *     gains beside plain data snooping)
 */
public record AdjustmentOptions(int maxIterations, double convergenceMetres, double convergenceRadians,
        double criticalW, double delta0, double globalAlpha, int maxRejections, List<Double> tapeLengths,
        double grossFactor, double groundToPlane, boolean robustStart) {

    public AdjustmentOptions {
        tapeLengths = List.copyOf(tapeLengths);
    }

    /** The defaults named above, with tapes of 30 m and 50 m. */
    public static AdjustmentOptions defaults() {
        return new AdjustmentOptions(20, 1e-4, 1e-7, 3.29, 4.13, 0.05, 10, List.of(30.0, 50.0), 5, 1, true);
    }

    /** The same options with other tape lengths, metres. */
    public AdjustmentOptions withTapeLengths(List<Double> lengths) {
        return new AdjustmentOptions(maxIterations, convergenceMetres, convergenceRadians, criticalW, delta0,
                globalAlpha, maxRejections, lengths, grossFactor, groundToPlane, robustStart);
    }

    /** The same options with data snooping limited to {@code count} rejections (0: none). */
    public AdjustmentOptions withMaxRejections(int count) {
        return new AdjustmentOptions(maxIterations, convergenceMetres, convergenceRadians, criticalW, delta0,
                globalAlpha, count, tapeLengths, grossFactor, groundToPlane, robustStart);
    }

    /** The same options for tapes written on the ground and reduced to the plane by {@code factor}. */
    public AdjustmentOptions withGroundToPlane(double factor) {
        return new AdjustmentOptions(maxIterations, convergenceMetres, convergenceRadians, criticalW, delta0,
                globalAlpha, maxRejections, tapeLengths, grossFactor, factor, robustStart);
    }

    /** The same options with or without the robust first solution (plain data snooping). */
    public AdjustmentOptions withRobustStart(boolean robust) {
        return new AdjustmentOptions(maxIterations, convergenceMetres, convergenceRadians, criticalW, delta0,
                globalAlpha, maxRejections, tapeLengths, grossFactor, groundToPlane, robust);
    }
}
