package org.lastmile.survey.adjust;

import java.util.ArrayList;
import java.util.List;
import org.lastmile.survey.observation.Bearing;
import org.lastmile.survey.observation.PointPosition;
import org.lastmile.survey.observation.Observation;

/**
 * Iterates dx = N⁻¹AᵀPl (N = AᵀPA) from starting coordinates until the largest coordinate step is
 * below the tolerance (a step that would increase vᵀPv is halved first), then linearizes once more at the final coordinates so that residuals and
 * cofactors belong to them. A free network is carried to its minimum-norm datum at every step.
 */
final class GaussNewton {

    private final AdjustmentOptions options;

    GaussNewton(AdjustmentOptions options) {
        this.options = options;
    }

    /**
     * @param points every point id, defining point indices
     * @param observations all observations, by index
     * @param active which observations take part
     * @param start starting coordinates by point index (E at 2p, N at 2p + 1)
     */
    Solution solve(List<String> points, List<Observation> observations, boolean[] active, double[] start) {
        List<Observation> taking = new ArrayList<>();
        for (int i = 0; i < observations.size(); i++) {
            if (active[i]) {
                taking.add(observations.get(i));
            }
        }
        if (taking.isEmpty()) {
            throw new AdjustmentException(AdjustmentError.NO_OBSERVATIONS);
        }
        double[] xy = start.clone();
        Datum datum = Datum.choose(points, taking, xy);
        Unknowns unknowns = Unknowns.of(points, taking, datum.held);
        Linearizer linearizer = new Linearizer(unknowns);
        double[] omega = startingOrientations(unknowns, observations, active, xy);
        LinearizedObservation[][] at = new LinearizedObservation[1][];
        int iterations = iterate(points, observations, active, xy, omega, datum, unknowns, linearizer, null,
                options.convergenceMetres(), options.maxIterations(), true, at);
        LinearizedObservation[] lin = at[0] != null ? at[0]
                : linearizeAll(linearizer, observations, active, xy, omega, null);
        return new Solution(unknowns, datum, xy, omega, lin,
                factor(NormalEquations.of(present(lin), unknowns.size), unknowns), iterations);
    }

    /**
     * The same solve by continuation: the tapes, bearings and offsets first count as if their σ
     * were {@code inflation} times larger (so that metre-level starting positions hold the shape
     * near the right minimum: a fold costs almost nothing to undo), then σ shrinks by a factor
     * {@link #CONTINUATION_STEP} per stage to its true value, each stage starting from the last
     * one's coordinates. The last stage is the ordinary solve (with its convergence check). Only
     * meaningful when positions or known coordinates hold the network; returns null for a free one.
     */
    Solution solveByContinuation(List<String> points, List<Observation> observations, boolean[] active,
            double[] start, double inflation) {
        List<Observation> taking = new ArrayList<>();
        for (int i = 0; i < observations.size(); i++) {
            if (active[i]) {
                taking.add(observations.get(i));
            }
        }
        double[] xy = start.clone();
        Datum datum = Datum.choose(points, taking, xy);
        if (datum.free() || taking.isEmpty()) {
            return null;
        }
        Unknowns unknowns = Unknowns.of(points, taking, datum.held);
        Linearizer linearizer = new Linearizer(unknowns);
        double[] omega = startingOrientations(unknowns, observations, active, xy);
        for (double f = inflation; f > 1; f /= CONTINUATION_STEP) {
            iterate(points, observations, active, xy, omega, datum, unknowns, linearizer, inflatedScale(observations, f),
                    options.convergenceMetres() * f, STAGE_ITERATIONS, false, new LinearizedObservation[1][]);
        }
        return solve(points, observations, active, xy);
    }

    /**
     * A solve with the σ of each observation multiplied by {@code scale[i]} (for the robust start),
     * from {@code xy} and {@code omega} (null: the circular mean of each compass), for at most
     * {@code maxIterations} steps or until every step is below {@code tolerance} metres. It returns
     * even when not settled; the solution's statistics are those of the scaled σ. Null for a free
     * network (no position holds it while weights change).
     */
    Solution solveScaled(List<String> points, List<Observation> observations, boolean[] active, double[] xy,
            double[] omega, double[] scale, double tolerance, int maxIterations) {
        List<Observation> taking = new ArrayList<>();
        for (int i = 0; i < observations.size(); i++) {
            if (active[i]) {
                taking.add(observations.get(i));
            }
        }
        double[] x = xy.clone();
        if (taking.isEmpty()) {
            return null;
        }
        if (scaledFor == null || scaledFor.observations != observations || scaledFor.points != points
                || !java.util.Arrays.equals(scaledFor.active, active)) {
            Datum datum = Datum.choose(points, taking, x);
            scaledFor = new Layout(observations, points, active.clone(), datum,
                    datum.free() ? null : Unknowns.of(points, taking, datum.held));
        }
        Datum datum = scaledFor.datum;
        if (datum.free()) {
            return null;
        }
        Unknowns unknowns = scaledFor.unknowns;
        Linearizer linearizer = new Linearizer(unknowns);
        double[] w = omega != null && omega.length == unknowns.compasses.size() ? omega.clone()
                : startingOrientations(unknowns, observations, active, x);
        LinearizedObservation[][] at = new LinearizedObservation[1][];
        int iterations = iterate(points, observations, active, x, w, datum, unknowns, linearizer, scale, tolerance,
                maxIterations, false, at);
        LinearizedObservation[] lin = at[0] != null ? at[0] : linearizeAll(linearizer, observations, active, x, w, scale);
        return new Solution(unknowns, datum, x, w, lin, factor(NormalEquations.of(present(lin), unknowns.size),
                unknowns), iterations);
    }

    /**
     * The datum and the columns (with their fill-reducing order) of the last scaled solve: the
     * robust start solves the same measurements a dozen times with other weights, and a held
     * datum (positions present) does not depend on the coordinates.
     */
    private record Layout(List<Observation> observations, List<String> points, boolean[] active, Datum datum,
            Unknowns unknowns) {
    }

    private Layout scaledFor;

    /** {@code f} for every observation that is not a position (those keep their σ), 1 for the positions. */
    static double[] inflatedScale(List<Observation> observations, double f) {
        double[] scale = new double[observations.size()];
        for (int i = 0; i < scale.length; i++) {
            Observation o = observations.get(i);
            scale[i] = o instanceof PointPosition ? 1 : f;
        }
        return scale;
    }

    /** σ shrinks by this factor per stage of the continuation. */
    static final double CONTINUATION_STEP = 4;
    /** Gauss–Newton steps at most per intermediate stage of the continuation. */
    static final int STAGE_ITERATIONS = 6;

    /**
     * Gauss–Newton steps on {@code xy} and {@code omega} in place, with the σ of every observation
     * that is not a position multiplied by {@code scale[i]} (null: as given), until the largest step is below
     * {@code tolerance} metres. Returns the steps taken; after {@code maxIterations} throws
     * NOT_CONVERGED if {@code strict}, else returns. {@code at[0]} is left holding the observations
     * linearized at the returned coordinates (with {@code scale}) when they are known, else null:
     * the linearization that judged the accepted step is the next step's, not made twice.
     */
    private int iterate(List<String> points, List<Observation> observations, boolean[] active, double[] xy,
            double[] omega, Datum datum, Unknowns unknowns, Linearizer linearizer, double[] scale,
            double tolerance, int maxIterations, boolean strict, LinearizedObservation[][] at) {
        int iterations = 0;
        boolean converged = false;
        String restless = points.get(0);
        // Gauss–Newton converges quadratically only where the residuals are small against the
        // figure's curvature; once its steps shrink slowly (linear convergence), take Newton steps
        // with the tapes' second-order term instead (TapeCurvature). Ordinary networks never get here.
        boolean newton = false;
        double previousLargest = Double.NaN;
        while (!converged) {
            if (iterations == maxIterations) {
                if (strict) {
                    throw new AdjustmentException(AdjustmentError.NOT_CONVERGED, iterations, restless);
                }
                return iterations;
            }
            iterations++;
            LinearizedObservation[] lin = at[0] != null ? at[0]
                    : linearizeAll(linearizer, observations, active, xy, omega, scale);
            at[0] = lin;
            NormalEquations normal = NormalEquations.of(present(lin), unknowns.size);
            double[] dx = newton ? newtonStep(normal, lin, observations, unknowns, xy) : null;
            if (dx == null) {
                dx = factor(normal, unknowns).solve(normal.b);
            }
            double[] step = toFullOrder(dx, unknowns);
            if (datum.free()) {
                step = datum.basis(unknowns.pointCount(), unknowns.compasses.size(), xy).project(step);
            }
            // Damped Gauss–Newton: halve the step while it makes vᵀPv worse (far from the solution,
            // or where a corner is weakly held, the full step can overshoot and cycle).
            double before = vpv(lin);
            double[] trialXy = xy.clone();
            double[] trialOmega = omega.clone();
            LinearizedObservation[] trialLin = null;
            for (int halving = 0; halving <= MAX_HALVINGS; halving++) {
                apply(step, xy, omega, trialXy, trialOmega);
                if (halving == MAX_HALVINGS) {
                    trialLin = null;
                    break;
                }
                trialLin = linearizeAll(linearizer, observations, active, trialXy, trialOmega, scale);
                if (vpv(trialLin) <= before) {
                    break;
                }
                for (int f = 0; f < step.length; f++) {
                    step[f] /= 2;
                }
            }
            double largest = 0;
            for (int f = 0; f < 2 * unknowns.pointCount(); f++) {
                if (Math.abs(step[f]) > largest) {
                    largest = Math.abs(step[f]);
                    restless = points.get(f / 2);
                }
            }
            double largestAngle = 0;
            for (int c = 0; c < omega.length; c++) {
                largestAngle = Math.max(largestAngle, Math.abs(step[2 * unknowns.pointCount() + c]));
            }
            if (!Double.isFinite(largest) || !Double.isFinite(largestAngle)) {
                if (strict) {
                    throw new AdjustmentException(AdjustmentError.NOT_CONVERGED, iterations, restless);
                }
                return iterations;
            }
            if (iterations >= SLOW_AFTER && largest > tolerance && largest > SLOW_RATIO * previousLargest) {
                newton = true;
            }
            previousLargest = largest;
            System.arraycopy(trialXy, 0, xy, 0, xy.length);
            System.arraycopy(trialOmega, 0, omega, 0, omega.length);
            at[0] = trialLin;
            converged = largest < tolerance
                    && largestAngle < options.convergenceRadians() * tolerance / options.convergenceMetres();
        }
        return iterations;
    }

    /** From this step on, a step larger than {@link #SLOW_RATIO} of the last one marks linear convergence. */
    static final int SLOW_AFTER = 4;
    static final double SLOW_RATIO = 0.5;

    /**
     * A Newton step (the tapes' second-order term added to N), or null where that matrix is not
     * positive definite (far from a minimum): then the Gauss–Newton step is taken.
     */
    private static double[] newtonStep(NormalEquations normal, LinearizedObservation[] lin,
            List<Observation> observations, Unknowns unknowns, double[] xy) {
        try {
            return EnvelopeCholesky.factor(TapeCurvature.newtonMatrix(normal.n, lin, observations, unknowns, xy))
                    .solve(normal.b);
        } catch (EnvelopeCholesky.SingularMatrixException e) {
            return null;
        }
    }

    /** Step halvings tried before a step is taken anyway. */
    static final int MAX_HALVINGS = 8;

    private static void apply(double[] step, double[] xy, double[] omega, double[] outXy, double[] outOmega) {
        for (int f = 0; f < xy.length; f++) {
            outXy[f] = xy[f] + step[f];
        }
        for (int c = 0; c < omega.length; c++) {
            outOmega[c] = omega[c] + step[xy.length + c];
        }
    }

    private static double vpv(LinearizedObservation[] lin) {
        double sum = 0;
        for (LinearizedObservation o : lin) {
            if (o == null) {
                continue;
            }
            for (int r = 0; r < o.k; r++) {
                for (int t = 0; t < o.k; t++) {
                    sum += o.misclosure[r] * o.weight[r * o.k + t] * o.misclosure[t];
                }
            }
        }
        return sum;
    }

    private static EnvelopeCholesky factor(NormalEquations normal, Unknowns unknowns) {
        try {
            return EnvelopeCholesky.factor(normal.n);
        } catch (EnvelopeCholesky.SingularMatrixException e) {
            throw new AdjustmentException(AdjustmentError.SINGULAR, unknowns.nameOfColumn(e.column()));
        }
    }

    private static List<LinearizedObservation> present(LinearizedObservation[] lin) {
        List<LinearizedObservation> list = new ArrayList<>(lin.length);
        for (LinearizedObservation o : lin) {
            if (o != null) {
                list.add(o);
            }
        }
        return list;
    }

    private static LinearizedObservation[] linearizeAll(Linearizer linearizer, List<Observation> observations,
            boolean[] active, double[] xy, double[] omega, double[] scale) {
        LinearizedObservation[] lin = new LinearizedObservation[observations.size()];
        for (int i = 0; i < lin.length; i++) {
            if (active[i]) {
                Observation o = observations.get(i);
                lin[i] = linearizer.linearize(i, o, xy, omega);
                if (scale != null && scale[i] != 1) {
                    lin[i] = lin[i].inflated(scale[i]);
                }
            }
        }
        return lin;
    }

    private static double[] toFullOrder(double[] dx, Unknowns unknowns) {
        double[] full = new double[unknowns.totalUnknowns()];
        for (int p = 0; p < unknowns.pointCount(); p++) {
            full[2 * p] = unknowns.colE[p] < 0 ? 0 : dx[unknowns.colE[p]];
            full[2 * p + 1] = unknowns.colN[p] < 0 ? 0 : dx[unknowns.colN[p]];
        }
        for (int c = 0; c < unknowns.colOmega.length; c++) {
            full[2 * unknowns.pointCount() + c] = dx[unknowns.colOmega[c]];
        }
        return full;
    }

    /** Each compass starts from the circular mean of (observed − computed) of its bearings. */
    private static double[] startingOrientations(Unknowns unknowns, List<Observation> observations,
            boolean[] active, double[] xy) {
        double[] sin = new double[unknowns.compasses.size()];
        double[] cos = new double[sin.length];
        for (int i = 0; i < observations.size(); i++) {
            if (active[i] && observations.get(i) instanceof Bearing b && b.hasOrientationUnknown()) {
                int from = unknowns.point(b.from());
                int to = unknowns.point(b.to());
                double alpha = Math.atan2(xy[2 * to] - xy[2 * from], xy[2 * to + 1] - xy[2 * from + 1]);
                int c = unknowns.compassIndex.get(b.compass());
                sin[c] += Math.sin(b.radians() - alpha);
                cos[c] += Math.cos(b.radians() - alpha);
            }
        }
        double[] omega = new double[sin.length];
        for (int c = 0; c < omega.length; c++) {
            omega[c] = Math.atan2(sin[c], cos[c]);
        }
        return omega;
    }
}
