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
    private Network network;

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

    Outcome run(Network network, List<String> points, double[] start, Map<Integer, Integer> suspects) {
        this.network = network;
        List<Observation> observations = network.observations();
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
            if (rejections.size() >= options.maxRejections()) {
                if (options.maxRejections() > 0) {
                    warnings.add(AdjustmentWarning.of(WarningCode.REJECTION_LIMIT, options.maxRejections()));
                }
                break;
            }
            active[pick] = false;
            Solution next;
            try {
                next = resolve(points, observations, active, solution.xy);
            } catch (AdjustmentException e) {
                // Without it the figure does not settle (it holds a weakly fixed corner): the misfit
                // is seen but cannot be pinned on it; name it with those that test alike.
                active[pick] = true;
                warnings.add(notLocatable(pick, alike(stats, pick, solution, null, points, observations, active)));
                break;
            }
            active[pick] = true;
            double w = stats[pick].maxAbsW();
            if (!(solution.vpv - next.vpv >= IMPROVEMENT * w * w)) {
                // The linearized test blamed it, but leaving it out does not explain the misfit (a
                // strongly non-linear figure, or the misfit lies elsewhere): do not name it.
                warnings.add(notLocatable(pick, List.of()));
                break;
            }
            List<Integer> alike = alike(stats, pick, solution, next, points, observations, active);
            if (!alike.isEmpty()) {
                warnings.add(notLocatable(pick, alike));
                break;
            }
            active[pick] = false;
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

    /**
     * A re-adjustment with fewer observations, from the last coordinates. Those coordinates were
     * bent by what was left out (a corner that a wrong tape held may sit folded), so when the
     * result fails the global test on the high side it is also solved from starting coordinates
     * built without the left-out observations (and by continuation), and the smaller vᵀPv is kept.
     */
    private Solution resolve(List<String> points, List<Observation> observations, boolean[] active, double[] from) {
        Solution s;
        AdjustmentException failure = null;
        try {
            s = gaussNewton.solve(points, observations, active, from);
            GlobalTest global = GlobalTest.of(s.vpv, s.degreesOfFreedom(), options.globalAlpha());
            if (global.passed() || s.vpv < global.upper()) {
                return s;
            }
        } catch (AdjustmentException e) {
            if (e.error() != AdjustmentError.NOT_CONVERGED) {
                throw e;
            }
            s = null;
            failure = e;
        }
        java.util.Set<Integer> left = new java.util.HashSet<>();
        for (int i = 0; i < active.length; i++) {
            if (!active[i]) {
                left.add(i);
            }
        }
        try {
            Solution fresh = firstSolution(points, observations, active,
                    StartingCoordinates.build(network, points, left));
            if (s == null || fresh.vpv < s.vpv) {
                s = fresh;
            }
        } catch (AdjustmentException e) {
            if (s == null) {
                throw failure;
            }
        }
        return s;
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

    private static AdjustmentWarning notLocatable(int pick, List<Integer> alike) {
        List<Integer> all = new ArrayList<>(List.of(pick));
        all.addAll(alike);
        java.util.Collections.sort(all);
        return new AdjustmentWarning(WarningCode.NOT_LOCATABLE, all);
    }

    /**
     * The other observations that data snooping cannot tell from the picked one: removing either
     * explains the misfit about as well. Candidates are those whose w-test is correlated with the
     * picked one's (|ρ| ≥ {@link #CORRELATED}) and whose w² falls short of the picked one's by less
     * than the critical value squared (vᵀPv falls by w² when an observation is removed), or, with
     * |ρ| ≥ {@link #TWINS}, whose |w| exceeds the critical value (a large blunder makes the
     * linearized w of near-twins unreliable). Each candidate is re-adjusted without it; it is alike
     * when its vᵀPv is not larger than without the picked one by the critical value squared. Naming
     * one of them would be a guess: a braced quadrilateral (r = 1, all |ρ| = 1), or a blunder too
     * small to be told from its neighbours'. Without {@code withoutPick} (the network does not
     * settle without the picked one) every candidate counts as alike.
     */
    private List<Integer> alike(ObservationStatistics[] stats, int pick, Solution solution, Solution withoutPick,
            List<String> points, List<Observation> observations, boolean[] active) {
        ObservationStatistics p = stats[pick];
        double w = p.maxAbsW();
        double c2 = options.criticalW() * options.criticalW();
        double floor = w * w - c2;
        List<Integer> alike = new ArrayList<>();
        for (ObservationStatistics st : stats) {
            if (st == null || st.index == pick) {
                continue;
            }
            double wj = st.maxAbsW();
            if (!(wj * wj >= floor) && !(wj > options.criticalW())) {
                continue;
            }
            double rho = Math.abs(ObservationStatistics.correlation(solution.linearized[pick], p.worst(),
                    solution.linearized[st.index], st.worst(), solution));
            boolean candidate = wj * wj >= floor && (rho >= CORRELATED || wj >= SAME_W * w) || rho >= TWINS;
            if (!candidate) {
                continue;
            }
            if (withoutPick == null) {
                alike.add(st.index);
                continue;
            }
            active[st.index] = false;
            try {
                Solution without = resolve(points, observations, active, solution.xy);
                if (without.vpv <= withoutPick.vpv + c2) {
                    alike.add(st.index);
                }
            } catch (AdjustmentException e) {
                // Without it the figure does not settle: whether it fits better cannot be said.
                alike.add(st.index);
            } finally {
                active[st.index] = true;
            }
        }
        return alike;
    }

    /** w-tests correlated this much are near-twins: their linearized w cannot be compared. */
    static final double TWINS = 0.95;
    /** w-tests correlated at least this much see the same blunders. */
    static final double CORRELATED = 0.5;
    /** Leaving out the rejected observation must lower vᵀPv by at least this share of its w². */
    static final double IMPROVEMENT = 0.5;
}
