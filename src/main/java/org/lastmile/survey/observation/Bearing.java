package org.lastmile.survey.observation;

import java.util.List;
import java.util.Objects;

/**
 * A compass bearing from one corner to another: radians clockwise from grid north, in [0, 2π).
 * When {@code compass} is not null, the bearing is read on a compass whose orientation is
 * unknown: the adjustment estimates one orientation correction ω per compass id
 * (observed = grid bearing + ω). When it is null, the bearing is a grid bearing.
 *
 * @param from id of the corner the bearing is taken from
 * @param to id of the corner sighted
 * @param radians the bearing, radians clockwise from north
 * @param sigma its standard deviation, radians
 * @param compass the id of the compass whose orientation is estimated, or null for a grid bearing
 */
public record Bearing(String from, String to, double radians, double sigma, String compass) implements Observation {

    private static final double TWO_PI = 2 * Math.PI;

    public Bearing {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Checks.distinct(from, to);
        Checks.finite(radians);
        Checks.positive(sigma, "sigma");
        radians = normalize(radians);
    }

    /** A grid bearing in degrees clockwise from grid north with σ in degrees. */
    public static Bearing grid(String from, String to, double degrees, double sigmaDegrees) {
        return new Bearing(from, to, Math.toRadians(degrees), Math.toRadians(sigmaDegrees), null);
    }

    /**
     * A magnetic bearing turned to grid: grid = magnetic + declination − γ, all in degrees, where the
     * declination is positive east and γ is the meridian convergence of the plane at the point
     * (positive when grid north lies east of true north, γ ≈ Δλ·sin φ).
     */
    public static Bearing magnetic(String from, String to, double magneticDegrees, double declinationDegrees,
            double convergenceDegrees, double sigmaDegrees) {
        return grid(from, to, magneticDegrees + declinationDegrees - convergenceDegrees, sigmaDegrees);
    }

    /** A bearing read on compass {@code compass}, whose orientation the adjustment estimates. */
    public static Bearing withOrientation(String from, String to, double degrees, double sigmaDegrees, String compass) {
        return new Bearing(from, to, Math.toRadians(degrees), Math.toRadians(sigmaDegrees),
                Objects.requireNonNull(compass, "compass"));
    }

    /** The bearing in degrees. */
    public double degrees() {
        return Math.toDegrees(radians);
    }

    /** Whether the adjustment estimates an orientation for this bearing's compass. */
    public boolean hasOrientationUnknown() {
        return compass != null;
    }

    /** An angle brought into [0, 2π). */
    public static double normalize(double radians) {
        double r = radians % TWO_PI;
        return r < 0 ? r + TWO_PI : r;
    }

    /** An angle difference brought into (−π, π]. */
    public static double wrap(double radians) {
        double r = normalize(radians);
        return r > Math.PI ? r - TWO_PI : r;
    }

    /** An azimuth in degrees brought into [0, 360) (kept in degrees, so 350 stays exactly 350). */
    public static double normalizeDegrees(double azimuthDegrees) {
        double a = azimuthDegrees % 360;
        return a < 0 ? a + 360 : a;
    }

    /**
     * How far a back bearing is from the reverse of the fore bearing, degrees in (−180, 180]:
     * back − fore − 180, wrapped. Zero when the two agree.
     *
     * @param foreDegrees the fore bearing, degrees clockwise from north
     * @param backDegrees the back bearing read at the far end, degrees clockwise from north
     */
    public static double foreBackDiscrepancy(double foreDegrees, double backDegrees) {
        double d = Math.IEEEremainder(backDegrees - foreDegrees - 180, 360);
        return d == -180 ? 180 : d;
    }

    @Override
    public ObservationType type() {
        return ObservationType.BEARING;
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
