package org.lastmile.survey.tape;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.lastmile.survey.area.PlaneArea;
import org.lastmile.survey.crs.PlanePoint;
import org.lastmile.survey.observation.Bearing;

/**
 * A closed compass-and-tape traverse around a field: each leg a horizontal length and a bearing
 * (degrees clockwise from north; a grid bearing, or magnetic if the whole traverse is magnetic,
 * which only turns the figure). The legs are summed into coordinates from a start point; the
 * misclosure f = √(ΣΔE² + ΣΔN²) measures how far the last leg misses the start; the precision is
 * ΣL / f (quoted as 1/…); the Bowditch (compass rule) correction moves each corner against the
 * misclosure in proportion to the length run so far. A back bearing, when given, must differ from
 * the fore bearing by 180° within {@link #setForeBackTolerance}; the leg then uses the mean of the
 * two.
 *
 * <p>Least squares is still to be preferred: it also gives σ and finds blunders.
 */
public final class CompassTraverse {

    /** One leg: horizontal length (m), fore bearing and optional back bearing (degrees). */
    public record Leg(double lengthM, double foreDeg, OptionalDouble backDeg) {

        /** A leg with a fore bearing only. */
        public static Leg of(double lengthM, double foreDeg) {
            return new Leg(lengthM, foreDeg, OptionalDouble.empty());
        }
    }

    /**
     * The outcome.
     *
     * @param raw            corners from the legs as measured, the start first and last
     * @param adjusted       corners after the Bowditch correction (the last equals the start)
     * @param misclosureE    ΣΔE, m (where the traverse ends relative to its start)
     * @param misclosureN    ΣΔN, m
     * @param totalLength    ΣL, m
     * @param warnings       fore/back bearings that disagree
     */
    public record Result(List<PlanePoint> raw, List<PlanePoint> adjusted, double misclosureE, double misclosureN,
            double totalLength, List<TapeWarning> warnings) {

        public Result {
            raw = List.copyOf(raw);
            adjusted = List.copyOf(adjusted);
            warnings = List.copyOf(warnings);
        }

        /** The linear misclosure f, m. */
        public double misclosure() {
            return Math.hypot(misclosureE, misclosureN);
        }

        /** ΣL / f: the precision "1 in …" (infinite for a perfect closure). */
        public double precision() {
            return totalLength / misclosure();
        }

        /** The area (m²) of the adjusted corners (shoelace). */
        public double areaM2() {
            return Math.abs(PlaneArea.signed(adjusted));
        }
    }

    private double foreBackToleranceDeg = 1.0;

    /** How far fore and back bearings may disagree before a warning, degrees (default 1°). */
    public CompassTraverse setForeBackTolerance(double degrees) {
        this.foreBackToleranceDeg = degrees;
        return this;
    }

    /** Runs a closed traverse of legs from a start point (E, N in metres). */
    public static Result close(PlanePoint start, List<Leg> legs) {
        return new CompassTraverse().run(start, legs);
    }

    /**
     * Runs a closed traverse.
     *
     * @throws TapeException {@link TapeError#WRONG_COUNT} with fewer than three legs,
     *                       {@link TapeError#NOT_POSITIVE} for a length that is not positive
     */
    public Result run(PlanePoint start, List<Leg> legs) {
        if (legs.size() < 3) {
            throw new TapeException(TapeError.WRONG_COUNT, 3, legs.size());
        }
        List<PlanePoint> raw = new ArrayList<>();
        List<TapeWarning> warnings = new ArrayList<>();
        raw.add(start);
        double e = start.e();
        double n = start.n();
        double total = 0;
        for (int i = 0; i < legs.size(); i++) {
            Leg leg = legs.get(i);
            double length = TapeException.positive(leg.lengthM());
            double bearing = bearing(leg, i, warnings);
            e += length * Math.sin(Math.toRadians(bearing));
            n += length * Math.cos(Math.toRadians(bearing));
            total += length;
            raw.add(new PlanePoint(e, n));
        }
        double fE = e - start.e();
        double fN = n - start.n();
        List<PlanePoint> adjusted = new ArrayList<>();
        double run = 0;
        for (int i = 0; i < raw.size(); i++) {
            if (i > 0) {
                run += legs.get(i - 1).lengthM();
            }
            PlanePoint p = raw.get(i);
            adjusted.add(new PlanePoint(p.e() - fE * run / total, p.n() - fN * run / total));
        }
        return new Result(raw, adjusted, fE, fN, total, warnings);
    }

    private double bearing(Leg leg, int index, List<TapeWarning> warnings) {
        if (leg.backDeg().isEmpty()) {
            return leg.foreDeg();
        }
        double d = Bearing.foreBackDiscrepancy(leg.foreDeg(), leg.backDeg().getAsDouble());
        if (Math.abs(d) > foreBackToleranceDeg) {
            warnings.add(new TapeWarning(TapeWarning.Code.FORE_BACK_MISMATCH, index + 1, d));
        }
        return Bearing.normalizeDegrees(leg.foreDeg() + d / 2);
    }
}
