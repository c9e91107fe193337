package org.lastmile.survey.adjust;

import java.util.List;
import org.lastmile.survey.observation.PointPosition;
import org.lastmile.survey.observation.Observation;

/**
 * A first solution that one gross slip cannot pull away (issue 13): iteratively reweighted least
 * squares with a redescending weight, graduated like the continuation of {@link GaussNewton}.
 * The σ of tapes, bearings and offsets start inflated to the level of the GNSS σ, where the
 * positions hold the shape, and shrink by 4 per stage to their true value; at every stage each of
 * them gets the weight q(t) of its leave-one-out statistic t (the misfit of the measurement against
 * what all the others imply, over its σ at that stage): q = 1 for |t| ≤ c, exp(−(|t| − c)²) beyond
 * (the Danish method), c the critical value of the w-test; per reweighting only the worst of the
 * measurements still at full weight is weighed down, those weighed down follow their t down at
 * once; in a network of more than {@link DataSnooping#EXHAUSTIVE} observations only the one that
 * fits best again gets weight back per reweighting (near-twins given back their weight together
 * swing between all and none, and every stage ran out of rounds on the 500-corner pasture), in a
 * smaller one all that fit again at once. As σ shrinks, a slip's t grows faster
 * than that of any good measurement (for one slip the others see it only through a correlation
 * |ρ| &lt; 1), so the slip is weighed down before it can bend the shape; a good measurement that it
 * dragged above c gets its weight back at the next reweighting. Measurements that the GNSS screen
 * found far off start with the weight of their screen z. Positions keep their weight: they are the
 * anchor.
 *
 * <p>Only the coordinates and the final t are used: the classical adjustment and Baarda's tests
 * start from here, so every statistic reported stays the textbook one.
 */
final class RobustStart {

    /**
     * The robust solution: coordinates, orientations, and per observation its weight q, its
     * statistic t (0 for a position) and its redundancy number r among the others as weighted (the
     * redundancy it has in the network of the measurements that fit: σ² / (σ² + σ_pred²), σ_pred the
     * standard deviation with which the others determine it; NaN for a position).
     */
    record Fit(double[] xy, double[] omega, double[] q, double[] t, double[] r) {

        /** Whether the robust fit explains observation {@code i} worse than noise (|t| above the critical value). */
        boolean outlier(int i, double critical) {
            return Math.abs(t[i]) > critical;
        }
    }

    /** Weights are never set below this (a measurement that keeps a corner rigid must not leave N singular). */
    static final double MIN_WEIGHT = 1e-8;
    /** Reweightings per stage at most. */
    static final int ROUNDS = 6;
    /** Gauss–Newton steps per reweighting at most, at the last stage (true σ). */
    static final int STEPS = 8;
    /** The same at an intermediate stage, where only the weights need to be right, not the last 0.1 mm. */
    static final int STAGE_STEPS = 4;

    private final GaussNewton gaussNewton;
    private final AdjustmentOptions options;

    RobustStart(GaussNewton gaussNewton, AdjustmentOptions options) {
        this.gaussNewton = gaussNewton;
        this.options = options;
    }

    /**
     * The robust fit from {@code start}, or null for a free network (nothing holds it while the
     * weights change; data snooping then starts from the classical solution as before).
     *
     * @param screenZ the GNSS screen's z of each observation (0 where it has none)
     */
    Fit fit(List<String> points, List<Observation> observations, boolean[] active, double[] start, double[] screenZ) {
        int n = observations.size();
        double c = options.criticalW();
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            q[i] = weight(screenZ[i], c);
        }
        double[] t = new double[n];
        double[] red = new double[n];
        java.util.Arrays.fill(red, Double.NaN);
        double inflation = DataSnooping.inflation(observations, active);
        // Only in a large network (where data snooping too judges by the linearized tests) does
        // weight come back one measurement per reweighting: on the small sites of the blunder
        // property giving it back all at once finds slips that one at a time leaves unchecked
        // (network seed 602: a tape's neighbours kept down left it below the redundancy floor).
        boolean oneBack = observations.size() > DataSnooping.EXHAUSTIVE;
        double[] xy = start;
        double[] omega = null;
        Solution last = null;
        boolean done = false;
        for (double f = inflation; !done; f = Math.max(1, f / GaussNewton.CONTINUATION_STEP)) {
            done = f == 1;
            for (int round = 0; round < ROUNDS; round++) {
                double[] scale = new double[n];
                for (int i = 0; i < n; i++) {
                    scale[i] = anchor(observations.get(i)) ? 1 : f / Math.sqrt(q[i]);
                }
                Solution s;
                try {
                    s = gaussNewton.solveScaled(points, observations, active, xy, omega, scale,
                            options.convergenceMetres() * f, done ? STEPS : STAGE_STEPS);
                } catch (AdjustmentException e) {
                    return null; // singular or coincident: leave the start to the classical path
                }
                if (s == null) {
                    return null;
                }
                last = s;
                xy = s.xy;
                omega = s.omega;
                double change = 0;
                int regain = -1;
                int worstNew = -1;
                double worstNewT = 0;
                double[] stageT = new double[n];
                for (LinearizedObservation lin : s.linearized) {
                    if (lin == null || anchor(observations.get(lin.index))) {
                        continue;
                    }
                    ObservationStatistics st = ObservationStatistics.of(lin, s, options.delta0());
                    double worst = 0;
                    double least = 1;
                    for (int r = 0; r < lin.k; r++) {
                        double tr = leaveOneOut(st, lin, r, q[lin.index]);
                        if (Math.abs(tr) > Math.abs(worst)) {
                            worst = tr;
                        }
                        least = Math.min(least, redundancyAmongOthers(st, lin, r, q[lin.index]));
                    }
                    red[lin.index] = least;
                    t[lin.index] = worst;
                    stageT[lin.index] = worst;
                    if (q[lin.index] < 1) {
                        // already weighed down: its weight follows its t down at once; back up (in
                        // a large network) only one per round, below
                        double next = weight(worst, c);
                        if (next <= q[lin.index] || !oneBack) {
                            change = Math.max(change, Math.abs(q[lin.index] - next));
                            q[lin.index] = next;
                        } else if (regain < 0 || Math.abs(worst) < Math.abs(stageT[regain])) {
                            regain = lin.index;
                        }
                    } else if (Math.abs(worst) > c && Math.abs(worst) > worstNewT) {
                        worstNew = lin.index;
                        worstNewT = Math.abs(worst);
                    }
                }
                // One new measurement weighed down per round, the worst: a slip drags good
                // measurements above c with it (masking, swamping), and they must not all lose
                // their weight at once (the fit would swing between all and none).
                if (worstNew >= 0) {
                    double next = weight(stageT[worstNew], c);
                    change = Math.max(change, Math.abs(next - q[worstNew]));
                    q[worstNew] = next;
                }
                // Weight comes back the same way, one measurement per round, the one that fits best
                // again: near-twins that a slip weighed down together (two tapes that only check
                // each other and the slip) each fit once the other is out, and given back their
                // weight together they would swing between all and none at every round.
                if (regain >= 0) {
                    double next = weight(stageT[regain], c);
                    change = Math.max(change, next - q[regain]);
                    q[regain] = next;
                }
                if (change < 0.05) {
                    break;
                }
            }
        }
        // t of the last stage is in units of the true σ (f = 1 there).
        return last == null ? null : new Fit(xy, omega, q, t, red);
    }

    private static boolean anchor(Observation o) {
        return o instanceof PointPosition;
    }

    /**
     * The misfit of component r against what all the other measurements imply, over its standard
     * deviation at the stage: with v its residual, r̃ its redundancy number and σ̃² = σ²/q its
     * variance under the weight q, the prediction from the others is off by e = v / r̃ with variance
     * σ² + σ̃²(1 − r̃)/r̃. For q = 1 this is Baarda's w. 0 without redundancy (nothing checks it).
     */
    static double leaveOneOut(ObservationStatistics st, LinearizedObservation lin, int r, double q) {
        double rr = st.redundancy[r];
        if (!(rr > 1e-6)) {
            return 0;
        }
        double weighted = lin.covariance[r * lin.k + r];
        double stage = weighted * q;
        double e = st.residual[r] / rr;
        double var = stage + weighted * (1 - rr) / rr;
        return e / Math.sqrt(var);
    }

    /**
     * The redundancy number component r would have at full weight among the others as weighted:
     * σ² / (σ² + σ_pred²) with σ_pred² = σ̃²(1 − r̃)/r̃ (0 when r̃ is 0: nothing else determines it).
     */
    static double redundancyAmongOthers(ObservationStatistics st, LinearizedObservation lin, int r, double q) {
        double rr = st.redundancy[r];
        if (!(rr > 1e-9)) {
            return 0;
        }
        double weighted = lin.covariance[r * lin.k + r];
        double stage = weighted * q;
        return stage / (stage + weighted * (1 - rr) / rr);
    }

    /** The Danish weight of a statistic t: 1 up to the critical value c, exp(−(|t| − c)²) beyond. */
    static double weight(double t, double c) {
        double a = Math.abs(t);
        if (!(a > c)) {
            return 1;
        }
        return Math.max(MIN_WEIGHT, Math.exp(-(a - c) * (a - c)));
    }
}
