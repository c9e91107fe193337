package org.lastmile.survey.adjust;

/**
 * A standard error ellipse: semi-axes a ≥ b in metres and the azimuth of the major axis in
 * degrees clockwise from grid north, in [0, 180). From a covariance (σE², σN², σEN):
 * a², b² = (σE² + σN²)/2 ± √(((σE² − σN²)/2)² + σEN²), θ = ½·atan2(2σEN, σN² − σE²).
 *
 * @param a semi-major axis, metres
 * @param b semi-minor axis, metres
 * @param azimuthDegrees azimuth of the major axis, degrees from north
 */
public record ErrorEllipse(double a, double b, double azimuthDegrees) {

    /** The factor √χ²₂(0.95) = 2.448 that turns a standard ellipse into a 95 % confidence ellipse. */
    public static final double CONFIDENCE_95 = 2.4477468306808166;

    /** The standard ellipse of a covariance in m² (E first). */
    public static ErrorEllipse of(double ee, double nn, double en) {
        double mean = (ee + nn) / 2;
        double root = Math.sqrt((ee - nn) * (ee - nn) / 4 + en * en);
        double a2 = mean + root;
        double b2 = Math.max(mean - root, 0);
        double theta = Math.toDegrees(0.5 * Math.atan2(2 * en, nn - ee));
        if (theta < 0) {
            theta += 180;
        }
        if (theta >= 180) {
            theta -= 180;
        }
        return new ErrorEllipse(Math.sqrt(a2), Math.sqrt(b2), theta);
    }

    /** The ellipse with both axes multiplied by {@code factor}. */
    public ErrorEllipse scaled(double factor) {
        return new ErrorEllipse(a * factor, b * factor, azimuthDegrees);
    }

    /** The 95 % confidence ellipse (axes × 2.448). */
    public ErrorEllipse confidence95() {
        return scaled(CONFIDENCE_95);
    }
}
