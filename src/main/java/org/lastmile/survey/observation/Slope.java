package org.lastmile.survey.observation;

/** Reduction of a distance taped along a slope to the horizontal. */
public final class Slope {

    private Slope() {
    }

    /**
     * The horizontal distance √(s² − Δh²) of a slope distance s with a height difference Δh
     * between its ends, both in metres.
     *
     * @throws IllegalArgumentException if |Δh| ≥ s
     */
    public static double byHeightDifference(double slopeDistance, double heightDifference) {
        if (Math.abs(heightDifference) >= slopeDistance) {
            throw new IllegalArgumentException("height difference " + heightDifference
                    + " m is not shorter than the slope distance " + slopeDistance + " m");
        }
        return Math.sqrt(slopeDistance * slopeDistance - heightDifference * heightDifference);
    }

    /** The horizontal distance s·cos θ of a slope distance s (metres) at a slope angle θ (degrees). */
    public static double byAngle(double slopeDistance, double slopeDegrees) {
        if (!(Math.abs(slopeDegrees) < 90)) {
            throw new IllegalArgumentException("slope angle must be under 90°: " + slopeDegrees);
        }
        return slopeDistance * Math.cos(Math.toRadians(slopeDegrees));
    }
}
