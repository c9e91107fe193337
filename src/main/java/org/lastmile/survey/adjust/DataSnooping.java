package org.lastmile.survey.adjust;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lastmile.survey.observation.Observation;

/**
 * Baarda's data snooping with iterative removal: adjust, reject the observation with the largest
 * |w| above the critical value, re-adjust from the last coordinates, repeat. Suspected gross
 * slips (from {@link GrossSlipScreen}) are tested first, so that a gross slip is not masked by
 * the good observations it distorts. When the two largest |w| are (nearly) equal the blunder
 * cannot be located and nothing is rejected. If the first adjustment does not converge, the
 * suspects are set aside before it.
 */
final class DataSnooping {

    /** Two |w| within this ratio cannot be told apart. */
    static final double SAME_W = 0.99;

    private final GaussNewton gaussNewton;
    private final AdjustmentOptions options;

    DataSnooping(GaussNewton gaussNewton, AdjustmentOptions options) {
        this.gaussNewton = gaussNewton;
        this.options = options;
    }

    /** A rejection: the observation and its statistics in the adjustment that rejected it (null if set aside). */
    record Rejection(int index, ObservationStatistics statistics) {
    }

    /** The final solution, which observations take part, the rejections in order, and warnings. */
    record Outcome(Solution solution, boolean[] active, ObservationStatistics[] statistics, List<Rejection> rejections,
            List<AdjustmentWarning> warnings) {
    }

    Outcome run(List<String> points, List<Observation> observations, double[] start, Map<Integer, Integer> suspects) {
        boolean[] active = new boolean[observations.size()];
        java.util.Arrays.fill(active, true);
        List<Rejection> rejections = new ArrayList<>();
        List<AdjustmentWarning> warnings = new ArrayList<>();
        Solution solution;
        try {
            solution = firstSolution(points, observations, active, start);
        } catch (AdjustmentException e) {
            if (e.error() != AdjustmentError.NOT_CONVERGED || suspects.isEmpty()) {
                throw e;
            }
            for (int i : suspects.keySet()) {
                active[i] = false;
                rejections.add(new Rejection(i, null));
            }
            solution = firstSolution(points, observations, active, start);
        }
        ObservationStatistics[] stats = statistics(solution, observations.size());
        while (true) {
            int pick = pick(stats, suspects);
            if (pick < 0) {
                break;
            }
            List<Integer> alike = suspects.containsKey(pick) ? List.of() : alike(stats, pick);
            if (!alike.isEmpty()) {
                List<Integer> all = new ArrayList<>(List.of(pick));
                all.addAll(alike);
                java.util.Collections.sort(all);
                warnings.add(new AdjustmentWarning(WarningCode.NOT_LOCATABLE, all));
                break;
            }
            if (rejections.size() >= options.maxRejections()) {
                if (options.maxRejections() > 0) {
                    warnings.add(AdjustmentWarning.of(WarningCode.REJECTION_LIMIT, options.maxRejections()));
                }
                break;
            }
            active[pick] = false;
            Solution next;
            try {
                next = gaussNewton.solve(points, observations, active, solution.xy);
            } catch (AdjustmentException e) {
                active[pick] = true;
                break;
            }
            rejections.add(new Rejection(pick, stats[pick]));
            solution = next;
            stats = statistics(solution, observations.size());
        }
        return new Outcome(solution, active, stats, rejections, warnings);
    }

    /**
     * The first adjustment. Started from metre-level positions, Gauss–Newton may stop in a false
     * minimum (a fold of a chain of short tapes, survey.md) or not settle at all. When it does not
     * settle, or settles with vᵀPv above the global test's upper bound, the same network is solved
     * again by continuation ({@link GaussNewton#solveByContinuation}) and the solution with the
     * smaller vᵀPv is kept: a false minimum has a larger vᵀPv than the true one. If neither
     * settles, NOT_CONVERGED is thrown rather than a wrong answer returned.
     */
    Solution firstSolution(List<String> points, List<Observation> observations, boolean[] active, double[] start) {
        Solution plain;
        try {
            plain = gaussNewton.solve(points, observations, active, start);
        } catch (AdjustmentException e) {
            if (e.error() != AdjustmentError.NOT_CONVERGED) {
                throw e;
            }
            Solution retried = continuation(points, observations, active, start);
            if (retried == null) {
                throw e;
            }
            return retried;
        }
        GlobalTest global = GlobalTest.of(plain.vpv, plain.degreesOfFreedom(), options.globalAlpha());
        if (global.passed() || plain.vpv < global.upper()) {
            return plain;
        }
        Solution retried = continuation(points, observations, active, start);
        return retried != null && retried.vpv < plain.vpv * (1 - 1e-9) ? retried : plain;
    }

    /** The continuation solve, or null when it does not apply or does not settle either. */
    private Solution continuation(List<String> points, List<Observation> observations, boolean[] active,
            double[] start) {
        double inflation = inflation(observations, active);
        if (inflation <= GaussNewton.CONTINUATION_STEP) {
            return null;
        }
        try {
            return gaussNewton.solveByContinuation(points, observations, active, start, inflation);
        } catch (AdjustmentException e) {
            if (e.error() == AdjustmentError.NOT_CONVERGED) {
                return null;
            }
            throw e;
        }
    }

    /**
     * How much the σ of tapes, bearings and offsets are first inflated: the ratio of the median σ
     * of the positions to the median σ of the tapes (the stage at which a tape weighs as much as a
     * GNSS position). 1 without positions or tapes.
     */
    static double inflation(List<Observation> observations, boolean[] active) {
        List<Double> positions = new ArrayList<>();
        List<Double> tapes = new ArrayList<>();
        for (int i = 0; i < observations.size(); i++) {
            if (!active[i]) {
                continue;
            }
            Observation o = observations.get(i);
            if (o instanceof org.lastmile.survey.observation.GnssPosition g) {
                positions.add(Math.sqrt((g.covariance().ee() + g.covariance().nn()) / 2));
            } else if (o instanceof org.lastmile.survey.observation.KnownCoordinate c) {
                positions.add(Math.sqrt((c.covariance().ee() + c.covariance().nn()) / 2));
            } else if (o instanceof org.lastmile.survey.observation.TapeDistance t) {
                tapes.add(t.sigma());
            }
        }
        if (positions.isEmpty() || tapes.isEmpty()) {
            return 1;
        }
        java.util.Collections.sort(positions);
        java.util.Collections.sort(tapes);
        return Math.max(1, positions.get(positions.size() / 2) / tapes.get(tapes.size() / 2));
    }

    ObservationStatistics[] statistics(Solution solution, int count) {
        ObservationStatistics[] stats = new ObservationStatistics[count];
        for (LinearizedObservation lin : solution.linearized) {
            if (lin != null) {
                stats[lin.index] = ObservationStatistics.of(lin, solution, options.delta0());
            }
        }
        return stats;
    }

    private int pick(ObservationStatistics[] stats, Map<Integer, Integer> suspects) {
        int best = -1;
        int bestSuspicion = 0;
        double bestW = options.criticalW();
        for (ObservationStatistics st : stats) {
            if (st == null) {
                continue;
            }
            double w = st.maxAbsW();
            if (!(w > options.criticalW())) {
                continue;
            }
            int suspicion = suspects.getOrDefault(st.index, 0);
            if (suspicion > bestSuspicion || suspicion == bestSuspicion && w > bestW) {
                best = st.index;
                bestSuspicion = suspicion;
                bestW = w;
            }
        }
        return best;
    }

    /** The other observations whose |w| is as large as the picked one's (they test alike). */
    private static List<Integer> alike(ObservationStatistics[] stats, int pick) {
        double w = stats[pick].maxAbsW();
        List<Integer> alike = new ArrayList<>();
        for (ObservationStatistics st : stats) {
            if (st != null && st.index != pick && st.maxAbsW() >= SAME_W * w) {
                alike.add(st.index);
            }
        }
        return alike;
    }
}
