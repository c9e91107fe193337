package org.lastmile.survey.tape;

import java.util.ArrayList;
import java.util.List;
import org.lastmile.survey.crs.PlanePoint;

/**
 * A triangle from its three taped sides: A at (0, 0), B at (c, 0) and
 * C = ((b² + c² − a²)/2c, ±√(b² − x²)), on the side of AB given by the sketch. Sides are named
 * after the opposite corner: a = BC, b = CA, c = AB (metres).
 *
 * @param a        corner A (E, N in metres)
 * @param b        corner B
 * @param c        corner C
 * @param anglesDeg the angles at A, B and C in degrees
 * @param areaM2   the area (Heron, by the same coordinates), m²
 * @param warnings an angle under 30° or over 150° (the corner is then poorly fixed)
 */
public record Triangle(PlanePoint a, PlanePoint b, PlanePoint c, double[] anglesDeg, double areaM2,
        List<TapeWarning> warnings) {

    /** Angles under this many degrees (or over 180° minus it) are warned about. */
    public static final double WEAK_ANGLE_DEG = 30;

    public Triangle {
        anglesDeg = anglesDeg.clone();
        warnings = List.copyOf(warnings);
    }

    @Override
    public double[] anglesDeg() {
        return anglesDeg.clone();
    }

    /**
     * The triangle with sides a = BC, b = CA, c = AB (metres), C on {@code side} of A → B.
     *
     * @throws TapeException {@link TapeError#NOT_POSITIVE} or {@link TapeError#TRIANGLE_INEQUALITY}
     */
    public static Triangle fromSides(double a, double b, double c, Side side) {
        TapeException.positive(a);
        TapeException.positive(b);
        TapeException.positive(c);
        if (a >= b + c || b >= a + c || c >= a + b) {
            throw new TapeException(TapeError.TRIANGLE_INEQUALITY, a, b, c);
        }
        double x = (b * b + c * c - a * a) / (2 * c);
        double y = side.sign() * Math.sqrt(Math.max(b * b - x * x, 0));
        double[] angles = {angle(b, c, a), angle(a, c, b), angle(a, b, c)};
        List<TapeWarning> warnings = new ArrayList<>();
        String[] names = {"A", "B", "C"};
        for (int i = 0; i < 3; i++) {
            if (isWeak(angles[i])) {
                warnings.add(new TapeWarning(TapeWarning.Code.WEAK_ANGLE, names[i], angles[i]));
            }
        }
        return new Triangle(new PlanePoint(0, 0), new PlanePoint(c, 0), new PlanePoint(x, y), angles,
                c * Math.abs(y) / 2, warnings);
    }

    /** The angle (degrees) between sides p and q, opposite side r: law of cosines. */
    static double angle(double p, double q, double r) {
        double cos = (p * p + q * q - r * r) / (2 * p * q);
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
    }

    static boolean isWeak(double angleDeg) {
        return angleDeg < WEAK_ANGLE_DEG || angleDeg > 180 - WEAK_ANGLE_DEG;
    }
}
