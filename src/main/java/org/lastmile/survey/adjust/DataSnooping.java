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
            solution = gaussNewton.solve(points, observations, active, start);
        } catch (AdjustmentException e) {
            if (e.error() != AdjustmentError.NOT_CONVERGED || suspects.isEmpty()) {
                throw e;
            }
            for (int i : suspects.keySet()) {
                active[i] = false;
                rejections.add(new Rejection(i, null));
            }
            solution = gaussNewton.solve(points, observations, active, start);
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
