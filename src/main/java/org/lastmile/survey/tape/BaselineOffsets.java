package org.lastmile.survey.tape;

import org.lastmile.survey.crs.PlanePoint;

/**
 * Chain survey: a tape laid from A towards B as the baseline, and at chainage c (metres along it)
 * a perpendicular offset o to a boundary point: point = A + c·u + o·v, u the unit vector from A to
 * B, v = u turned 90° counter-clockwise. <b>Offsets are positive to the left</b> of A → B, negative
 * to the right.
 */
public final class BaselineOffsets {

    private final PlanePoint origin;
    private final double ux;
    private final double uy;

    /** A baseline from {@code a} towards {@code b} (E, N in metres; they must differ). */
    public BaselineOffsets(PlanePoint a, PlanePoint b) {
        double length = TapeException.positive(a.distanceTo(b));
        this.origin = a;
        this.ux = (b.e() - a.e()) / length;
        this.uy = (b.n() - a.n()) / length;
    }

    /** A baseline from (0, 0) running north: chainage becomes N, offsets to the left −E. */
    public static BaselineOffsets local() {
        return new BaselineOffsets(new PlanePoint(0, 0), new PlanePoint(0, 1));
    }

    /** The point at chainage {@code c} and offset {@code o} (metres, left positive). */
    public PlanePoint point(double c, double o) {
        return new PlanePoint(origin.e() + c * ux - o * uy, origin.n() + c * uy + o * ux);
    }

    /**
     * The area (m²) between the baseline and a boundary given by offsets at increasing chainages:
     * the trapezoid rule Σ (o_i + o_(i+1))(c_(i+1) − c_i)/2. Offsets on one side, all of the
     * same sign; the result has their sign.
     *
     * @throws TapeException {@link TapeError#WRONG_COUNT} unless both arrays have the same length ≥ 2
     */
    public static double trapezoidArea(double[] chainages, double[] offsets) {
        if (chainages.length != offsets.length || chainages.length < 2) {
            throw new TapeException(TapeError.WRONG_COUNT, chainages.length, offsets.length);
        }
        double sum = 0;
        for (int i = 0; i + 1 < chainages.length; i++) {
            sum += (offsets[i] + offsets[i + 1]) * (chainages[i + 1] - chainages[i]) / 2;
        }
        return sum;
    }
}
