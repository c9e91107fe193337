package org.lastmile.survey.adjust;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lastmile.survey.observation.Observation;

/**
 * Baarda's data snooping with iterative removal, with re-adjustment as the arbiter: while some |w|
 * exceeds the critical value, re-adjust without each candidate ({@link #candidates}); the one
 * whose removal lowers vᵀPv most is rejected if the drop exceeds the critical value squared (for a
 * linear model the drop is w², so this is the w-test on the non-linear model) and no other
 * candidate's removal leaves a vᵀPv within the critical value squared of it; otherwise the
 * warning not_locatable names the candidates and nothing is rejected. Then repeat. Suspected
 * gross slips (from {@link GrossSlipScreen}) are always candidates. If the first adjustment does
 * not converge, the suspects are set aside before it.
 */
final class DataSnooping {


    private final GaussNewton gaussNewton;
    private final AdjustmentOptions options;
    private Network network;
    private double[] firstStart;
    /** Whether {@link #firstStart} is a robust fit's coordinates. */
    private boolean robustStart;

    DataSnooping(GaussNewton gaussNewton, AdjustmentOptions options) {
        this.gaussNewton = gaussNewton;
        this.options = options;
    }

    /**
     * A rejection: the observation and its statistics in the adjustment that rejected it (null if
     * set aside), and whether its own w exceeded the critical value there (then ∇ = −v/r estimates
     * the blunder; else the first solution was bent around it and the difference between its value
     * and the one implied without it does).
     */
    record Rejection(int index, ObservationStatistics statistics, boolean linear) {
    }

    /** The final solution, which observations take part, the rejections in order, and warnings. */
    record Outcome(Solution solution, boolean[] active, ObservationStatistics[] statistics, List<Rejection> rejections,
            List<AdjustmentWarning> warnings, double[] first, List<Integer> unsettled) {
    }

    /**
     * Where the figure with every measurement has no regular solution that settles: the measurement
     * left out so that there is one ({@code best}), and the measurements whose absence fits as well
     * (within the critical value squared, {@code best} among them), and the solution without
     * {@code best}. Only {@code best} alone, and
     * checked among the others, names a slip; otherwise the answer is not settled and lists them.
     */
    private record Degenerate(int best, List<Integer> alike, Solution without) {
    }

    Outcome run(Network network, List<String> points, double[] start, Map<Integer, Integer> suspects,
            RobustStart.Fit robust) {
        this.network = network;
        // The classical adjustment and every re-adjustment start from the robust coordinates: from
        // there a slip left out cannot leave a corner folded where it had dragged it.
        this.firstStart = robust != null ? robust.xy() : start;
        this.robustStart = robust != null;
        List<Observation> observations = network.observations();
        boolean[] active = new boolean[observations.size()];
        java.util.Arrays.fill(active, true);
        List<Rejection> rejections = new ArrayList<>();
        List<AdjustmentWarning> warnings = new ArrayList<>();
        List<Integer> setAside = new ArrayList<>();
        Solution solution;
        try {
            solution = firstSolution(points, observations, active, firstStart);
        } catch (AdjustmentException e) {
            if (e.error() == AdjustmentError.SINGULAR) {
                // Either the measurements do not fix the figure (then leaving one out does not help,
                // and the error stands) or the solution is degenerate where the start was not: a slip that
                // lengthens a tape beyond the chain of corners between its ends pulls that chain
                // straight, and a corner in a straight line between the two it is taped to has no
                // linearized statistics (network seed 1579 of AdjustmentPropertiesTest: a 7.7 m slip
                // in a free network). Find the one measurement without which the figure is regular.
                Degenerate d = degenerateCulprit(points, observations, active, rejections.size());
                if (d == null) {
                    throw e;
                }
                solution = setAside(d, points, observations, active, rejections, warnings, setAside);
            } else if (e.error() != AdjustmentError.NOT_CONVERGED) {
                throw e;
            } else if (suspects.isEmpty() && robust == null) {
                // No robust fit to start from: in a free network (tapes and bearings, no position)
                // nothing holds the figure while weights change, so RobustStart makes none, and the
                // continuation needs positions too. A slip then leaves Gauss–Newton from the
                // constructed start short of settling (network seed 13311 of the blunder property: a
                // 2.4 m slip in a group of five tapes that hold two corners with one spare between
                // them; 71 steps from the start, 4 from the truth). Leave out each measurement in
                // turn, as for a degenerate figure: one alone and checked names the slip, several
                // alike leave the answer not settled with them to re-tape. Plain snooping (no robust
                // start, the baseline of before issue 13) keeps the error.
                Degenerate d = options.robustStart() ? degenerateCulprit(points, observations, active, 0) : null;
                if (d == null) {
                    throw e;
                }
                solution = setAside(d, points, observations, active, rejections, warnings, setAside);
            } else {
                solution = null;
                if (robust != null) {
                    // A slip so gross that the classical adjustment with it does not settle: set aside
                    // what the robust fit explains worse than noise, worst first, until it settles.
                    List<Integer> outliers = new ArrayList<>();
                    for (int i = 0; i < observations.size(); i++) {
                        if (robust.outlier(i, options.criticalW()) && robust.r()[i] >= MIN_REDUNDANCY) {
                            outliers.add(i);
                        }
                    }
                    outliers.sort((a, b) -> Double.compare(Math.abs(robust.t()[b]), Math.abs(robust.t()[a])));
                    for (int i : outliers) {
                        if (rejections.size() >= options.maxRejections()) {
                            break;
                        }
                        active[i] = false;
                        rejections.add(new Rejection(i, null, false));
                        try {
                            solution = firstSolution(points, observations, active, firstStart);
                            break;
                        } catch (AdjustmentException again) {
                            if (again.error() != AdjustmentError.NOT_CONVERGED) {
                                throw again;
                            }
                        }
                    }
                    if (solution == null) {
                        // Setting the robust outliers aside did not help: leave out each measurement
                        // in turn instead, and name none unless one alone fits.
                        for (Rejection r : rejections) {
                            active[r.index()] = true;
                        }
                        rejections.clear();
                        Degenerate d = degenerateCulprit(points, observations, active, 0);
                        if (d == null) {
                            throw e;
                        }
                        solution = setAside(d, points, observations, active, rejections, warnings, setAside);
                    }
                } else {
                    for (int i : suspects.keySet()) {
                        active[i] = false;
                        rejections.add(new Rejection(i, null, false));
                    }
                    solution = firstSolution(points, observations, active, firstStart);
                }
            }
        }
        ObservationStatistics[] stats = statistics(solution, observations.size());
        // How badly the first solution explains each measurement: the robust fit's t, else the
        // classical w. A rejection after the first needs a measurement it explains worse than noise.
        double[] first = new double[observations.size()];
        for (int i = 0; i < first.length; i++) {
            double x = robust != null ? robust.t()[i] : stats[i] == null ? 0 : stats[i].maxAbsW();
            first[i] = Double.isFinite(x) ? Math.abs(x) : 0;
        }
        java.util.Set<Integer> notChecked = new java.util.TreeSet<>();
        while (true) {
            if (!rejections.isEmpty() && !failsHigh(solution)) {
                break; // stop in time: what remains fits the stated accuracy
            }
            int pick = pick(stats, suspects, first, robust, failsHigh(solution), !rejections.isEmpty(), notChecked);
            if (pick < 0) {
                break;
            }
            if (rejections.size() >= options.maxRejections()) {
                if (options.maxRejections() > 0) {
                    warnings.add(AdjustmentWarning.of(WarningCode.REJECTION_LIMIT, options.maxRejections()));
                }
                break;
            }
            if (checked(stats) > EXHAUSTIVE) {
                // A large network: the linearized tests decide which measurements test alike (one
                // re-adjustment per candidate would cost seconds); the re-adjustment without the
                // picked one must confirm that it explains the misfit.
                List<Integer> alike = linearlyAlike(stats, pick, solution);
                if (!alike.isEmpty()) {
                    warnings.add(notLocatable(pick, alike));
                    break;
                }
                active[pick] = false;
                Solution next = null;
                try {
                    next = resolve(points, observations, active, firstStart);
                } catch (AdjustmentException e) {
                    if (e.error() != AdjustmentError.NOT_CONVERGED) {
                        throw e;
                    }
                }
                double c2 = options.criticalW() * options.criticalW();
                if (next == null || !(solution.vpv - next.vpv > c2)) {
                    active[pick] = true;
                    warnings.add(notLocatable(pick, List.of()));
                    break;
                }
                ObservationStatistics st = stats[pick];
                rejections.add(new Rejection(pick, st, st.maxAbsW() > options.criticalW()));
                solution = next;
                stats = statistics(solution, observations.size());
                continue;
            }
            // Re-adjust without each candidate; the one whose removal lowers vᵀPv most is the
            // blunder if that drop is significant (> 3.29², the likelihood-ratio form of the w-test)
            // and no other candidate's removal fits about as well.
            // Other slips the robust fit found are set aside while this one is judged: with two gross
            // slips, leaving out either alone still leaves the other's misfit, and every candidate
            // then looks alike. The comparison is made where the others are absent.
            List<Integer> aside = new ArrayList<>();
            if (robust != null) {
                for (int i = 0; i < observations.size(); i++) {
                    if (i != pick && active[i] && first[i] > options.criticalW() && stats[i] != null
                            && checkedEnough(stats[i], robust)) {
                        aside.add(i);
                    }
                }
            }
            Solution base = solution;
            if (!aside.isEmpty()) {
                aside.forEach(i -> active[i] = false);
                try {
                    base = resolve(points, observations, active, firstStart);
                } catch (AdjustmentException e) {
                    if (e.error() != AdjustmentError.NOT_CONVERGED) {
                        throw e;
                    }
                    aside.forEach(i -> active[i] = true);
                    aside.clear();
                }
                if (!aside.isEmpty() && !failsHigh(base)) {
                    // Leaving the others out already removes the misfit: there is no second slip
                    // whose misfit would hide this one's, and a comparison made without them would
                    // find nothing left to explain (and never list a suspect that is not a robust
                    // outlier). Compare in the full solution.
                    aside.forEach(i -> active[i] = true);
                    aside.clear();
                    base = solution;
                }
            }
            Map<Integer, Solution> without = new java.util.LinkedHashMap<>();
            List<Integer> unsettled = new ArrayList<>();
            for (int c : candidates(stats, pick, solution, suspects, active)) {
                active[c] = false;
                try {
                    without.put(c, resolve(points, observations, active, firstStart));
                } catch (AdjustmentException e) {
                    if (e.error() == AdjustmentError.NOT_CONVERGED) {
                        unsettled.add(c); // without it the figure does not settle: it may or may not be the one
                    } // else the network cannot do without it (singular, unoriented): not a candidate
                } finally {
                    active[c] = true;
                }
            }
            aside.forEach(i -> active[i] = true);
            double c2 = options.criticalW() * options.criticalW();
            int best = -1;
            boolean later = !rejections.isEmpty();
            for (Map.Entry<Integer, Solution> e : without.entrySet()) {
                int c = e.getKey();
                // Never reject what is barely checked; after the first rejection only what the
                // first solution already explained worse than noise.
                boolean checked = robust != null ? checkedEnough(stats[c], robust)
                        : redundancyAmongOthers(c, e.getValue()) >= MIN_REDUNDANCY;
                boolean allowed = checked && (!later || first[c] > options.criticalW());
                if (allowed && (best < 0 || e.getValue().vpv < without.get(best).vpv)) {
                    best = c;
                }
            }
            boolean explainsNone = best < 0 || !(base.vpv - without.get(best).vpv > c2);
            List<Integer> alike = explainsNone ? List.of() : alike(best, base, without, unsettled, c2);
            // Before answering "not settled" or "alike": the robust fit may have landed on the wrong figure.
            Alone lone = robust != null && (explainsNone || !alike.isEmpty())
                    ? alone(points, observations, active, solution, stats, pick, suspects, first, later) : null;
            if (lone != null) {
                solution = reject(lone, stats, active, rejections);
                notChecked.remove(lone.index()); // checked among the others after all: rejected, not listed
                stats = statistics(solution, observations.size());
                continue;
            }
            if (explainsNone) {
                // The linearized test blames something, but leaving out no single measurement
                // explains the misfit: do not name one.
                List<Integer> listed = new ArrayList<>(unsettled);
                // also the one whose removal fits best, allowed or not: the robust pick may differ
                int fits = -1;
                for (Map.Entry<Integer, Solution> e : without.entrySet()) {
                    if (fits < 0 || e.getValue().vpv < without.get(fits).vpv) {
                        fits = e.getKey();
                    }
                }
                if (fits >= 0 && fits != pick) {
                    listed.add(fits);
                }
                listed.addAll(aside); // the other robust outliers are suspects as much
                listed.remove(Integer.valueOf(pick));
                warnings.add(notLocatable(pick, listed));
                break;
            }
            if (!alike.isEmpty()) {
                alike = new ArrayList<>(alike);
                alike.addAll(aside); // the other robust outliers are suspects as much
                warnings.add(notLocatable(best, alike));
                break;
            }
            active[best] = false;
            ObservationStatistics st = stats[best];
            // ∇ = −v/r estimates the blunder only where the solution it bent still checks it; in a
            // folded one (its redundancy there below the floor) even its sign may be wrong
            // (network seed 517): then the difference from the value implied without it does.
            rejections.add(new Rejection(best, st, st != null && st.maxAbsW() > options.criticalW()
                    && st.redundancy[st.worst()] >= MIN_REDUNDANCY));
            solution = aside.isEmpty() ? without.get(best) : resolve(points, observations, active, firstStart);
            stats = statistics(solution, observations.size());
        }
        if (!notChecked.isEmpty()) {
            warnings.add(new AdjustmentWarning(WarningCode.NOT_CHECKED, new ArrayList<>(notChecked)));
        }
        return new Outcome(solution, active, stats, rejections, warnings, first, setAside);
    }

    /**
     * The classical judgement, every other measurement taking part, for when the robust one would
     * leave the answer not settled: the robust fit is only a start, and it can land on the wrong
     * figure. In network seed −8130582203491746658 of the blunder property (a 5.7 m slip in tape 5)
     * it weighed down the good tapes 13 and 14 instead, which were tape 5's only checks: tape 5
     * fitted the robust figure, its redundancy among the measurements that fit there was 0.002, so
     * it could not be rejected, and with 14 set aside as another robust outlier, leaving out 13 (vᵀPv
     * 14.3) and leaving out 5 (20.8) looked alike. With every other measurement in, the absence of
     * tape 5 alone fits (21.8 against a global-test limit of 28.8), that of 13 gives 108.5 and of
     * 14 1,028.5. The one measurement whose absence alone brings vᵀPv within the global test, by
     * more than the critical value squared, with no other absence within the critical value
     * squared of it, and checked in that adjustment (its redundancy number among the others at
     * least {@link #MIN_REDUNDANCY}: the rule for the final classical adjustment) — the likelihood
     * ratio test of plain data snooping, with its margin — is the slip; its solution is returned.
     * After a rejection it must also be one the first solution explained worse than noise. Null
     * when there is none such, or the network is too large to leave out each in turn.
     */
    private Alone alone(List<String> points, List<Observation> observations, boolean[] active, Solution solution,
            ObservationStatistics[] stats, int pick, Map<Integer, Integer> suspects, double[] first, boolean later) {
        if (checked(stats) > EXHAUSTIVE || !failsHigh(solution)) {
            return null;
        }
        double c2 = options.criticalW() * options.criticalW();
        Map<Integer, Solution> without = new java.util.LinkedHashMap<>();
        boolean unsettled = false;
        for (int c : candidates(stats, pick, solution, suspects, active)) {
            active[c] = false;
            try {
                without.put(c, resolve(points, observations, active, firstStart));
            } catch (AdjustmentException e) {
                unsettled |= e.error() == AdjustmentError.NOT_CONVERGED;
            } finally {
                active[c] = true;
            }
        }
        int best = -1;
        for (Map.Entry<Integer, Solution> e : without.entrySet()) {
            if (best < 0 || e.getValue().vpv < without.get(best).vpv) {
                best = e.getKey();
            }
        }
        if (best < 0) {
            return null;
        }
        Solution s = without.get(best);
        if (failsHigh(s) || !(solution.vpv - s.vpv > c2) || redundancyAmongOthers(best, s) < MIN_REDUNDANCY
                || later && !(first[best] > options.criticalW())) {
            return null;
        }
        for (Map.Entry<Integer, Solution> e : without.entrySet()) {
            if (e.getKey() != best && e.getValue().vpv <= s.vpv + c2) {
                return null; // another absence fits as well: not settled, as before
            }
        }
        return new Alone(best, s);
    }

    /** The measurement whose absence alone explains the misfit, and the solution without it. */
    private record Alone(int index, Solution without) {
    }

    /** Rejects what {@link #alone} found and returns the solution without it. */
    private Solution reject(Alone found, ObservationStatistics[] stats, boolean[] active,
            List<Rejection> rejections) {
        int i = found.index();
        active[i] = false;
        ObservationStatistics st = stats[i];
        rejections.add(new Rejection(i, st, st != null && st.maxAbsW() > options.criticalW()
                && st.redundancy[st.worst()] >= MIN_REDUNDANCY));
        return found.without();
    }

    /**
     * Leaves out the degenerate figure's best candidate. When others fit as well, or it is not
     * checked among the others, nothing is named: the warning not_locatable lists them, and {@code
     * unsettled} makes the result not trustworthy (it is a solution without a measurement that may
     * be right).
     */
    private Solution setAside(Degenerate d, List<String> points, List<Observation> observations, boolean[] active,
            List<Rejection> rejections, List<AdjustmentWarning> warnings, List<Integer> unsettled) {
        active[d.best()] = false;
        rejections.add(new Rejection(d.best(), null, false));
        if (d.alike().size() > 1 || d.alike().isEmpty()) {
            List<Integer> listed = d.alike().isEmpty() ? List.of(d.best()) : d.alike();
            unsettled.addAll(listed);
            warnings.add(notLocatable(d.best(), listed));
        }
        // the solution found without it (from the first start it may not settle: network seed 13311)
        return d.without();
    }

    /**
     * The measurement whose absence turns a degenerate (or unsettled) solution into a regular one
     * that fits: in a network small enough to leave out each in turn, each measurement that is not
     * a position is left out, and the one whose re-adjustment has the smallest vᵀPv is the best,
     * with every one whose re-adjustment comes within the critical value squared of it ({@code
     * alike}). The best alone and checked among the others (redundancy number at least {@link
     * #MIN_REDUNDANCY}) names the slip; several alike, or one not checked, leave the answer not
     * settled (network seed 1311003 of the blunder property: the slip is in a group of tapes whose
     * w-tests are the same test, and each absence fits alike). Null when none settles, the
     * best fails the global test on the high side, or no rejection is allowed: the error stands.
     */
    private Degenerate degenerateCulprit(List<String> points, List<Observation> observations, boolean[] active,
            int rejected) {
        if (rejected >= options.maxRejections() || observations.size() > EXHAUSTIVE) {
            return null;
        }
        int best = -1;
        Solution bestSolution = null;
        Map<Integer, Solution> settled = new java.util.LinkedHashMap<>();
        for (int c = 0; c < observations.size(); c++) {
            if (!active[c] || observations.get(c) instanceof org.lastmile.survey.observation.PointPosition) {
                continue;
            }
            active[c] = false;
            try {
                // resolve: also from a start built without it, when the first start (built with it,
                // and perhaps folded by its slip) does not settle or fails high (network seed 13311)
                Solution s = resolve(points, observations, active, firstStart);
                settled.put(c, s);
                if (bestSolution == null || s.vpv < bestSolution.vpv) {
                    best = c;
                    bestSolution = s;
                }
            } catch (AdjustmentException e) {
                // without it the figure is still degenerate, or does not settle: not the one
            } finally {
                active[c] = true;
            }
        }
        if (bestSolution == null || failsHigh(bestSolution)) {
            return null;
        }
        double c2 = options.criticalW() * options.criticalW();
        List<Integer> alike = new ArrayList<>();
        for (Map.Entry<Integer, Solution> e : settled.entrySet()) {
            if (e.getValue().vpv <= bestSolution.vpv + c2) {
                alike.add(e.getKey());
            }
        }
        if (alike.size() == 1 && redundancyAmongOthers(best, bestSolution) < MIN_REDUNDANCY) {
            alike.clear(); // alone, but not checked among the others: not named either
        }
        return new Degenerate(best, alike, bestSolution);
    }

    /** Below this redundancy number a measurement is never rejected (issue 13): it is reported not checked. */
    static final double MIN_REDUNDANCY = 0.1;

    /**
     * Whether a measurement is checked well enough to be rejected: its redundancy number is at
     * least {@link #MIN_REDUNDANCY}. With a robust fit, the redundancy number it has among the
     * measurements that fit (in a solution a slip has bent, its own linearized redundancy is
     * meaningless); else (a position, or no robust fit) the classical one, and its w must be defined.
     */
    private boolean checkedEnough(ObservationStatistics st, RobustStart.Fit robust) {
        if (st == null) {
            return false;
        }
        if (robust != null && !Double.isNaN(robust.r()[st.index])) {
            return robust.r()[st.index] >= MIN_REDUNDANCY;
        }
        double r = st.redundancy[st.worst()];
        return r >= MIN_REDUNDANCY && Double.isFinite(st.maxAbsW());
    }

    /**
     * The redundancy number measurement {@code c} has among the others, in the solution without it
     * (σ² / (σ² + σ_pred²), σ_pred that of its value computed there; the smallest over its
     * components). Without a robust fit this, not its redundancy in the solution it bent, says
     * whether it is checked: a slip of metres can fold a corner, and in the folded solution its
     * linearized redundancy means nothing (network seed 517 of AdjustmentPropertiesTest: 0.05
     * there, 0.17 in the field). For one measurement it equals the classical number.
     */
    private double redundancyAmongOthers(int c, Solution without) {
        LinearizedObservation lin = new Linearizer(without.unknowns).linearize(c, network.observations().get(c),
                without.xy, without.omega);
        double least = 1;
        for (int r = 0; r < lin.k; r++) {
            double pred = 0;
            for (int d = 0; d < lin.cols.length; d++) {
                for (int e = 0; e < lin.cols.length; e++) {
                    if (lin.cols[d] >= 0 && lin.cols[e] >= 0) {
                        pred += lin.a[r][d] * lin.a[r][e] * without.cofactor(lin.cols[d], lin.cols[e]);
                    }
                }
            }
            double sigma2 = lin.covariance[r * lin.k + r];
            least = Math.min(least, sigma2 / (sigma2 + pred));
        }
        return least;
    }

    /** Whether vᵀPv lies above the global test's upper bound (a misfit, not pessimistic σ). */
    boolean failsHigh(Solution s) {
        GlobalTest g = GlobalTest.of(s.vpv, s.degreesOfFreedom(), options.globalAlpha());
        return g.applicable() && s.vpv > g.upper();
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
        if (robustStart && start == firstStart && observations.size() > EXHAUSTIVE) {
            // Settled from the robust coordinates: a high vᵀPv there is a slip still in, not a fold
            // (as in resolve). In a large network the continuation would cost some thirty more
            // Gauss–Newton steps for nothing (about a third of the robust path on the 500-corner
            // pasture); small sites keep the check, which costs little there.
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
        if (observations.size() > EXHAUSTIVE) {
            return resolveLarge(points, observations, active, from);
        }
        Solution s;
        AdjustmentException failure = null;
        try {
            s = gaussNewton.solve(points, observations, active, from);
            GlobalTest global = GlobalTest.of(s.vpv, s.degreesOfFreedom(), options.globalAlpha());
            // From robust coordinates a fold is not to be feared: a high vᵀPv there is a slip
            // still in, not a false minimum, and a fresh start would only cost time.
            if (global.passed() || s.vpv < global.upper() || robustStart) {
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
        // The construction above still weighs the left-out tapes when it chooses on which side of
        // a baseline an ambiguous corner lies (a suspect's slip helps there); a slip of metres,
        // though, can make the folded side fit better, and Gauss–Newton cannot unfold it (network
        // seed 517 of AdjustmentPropertiesTest: 726 from there, 0.5 without the slip). So the
        // figure is also built from the measurements that take part only, and the better kept.
        if (failsHigh(s)) {
            try {
                List<Observation> taking = new ArrayList<>();
                for (int i = 0; i < active.length; i++) {
                    if (active[i]) {
                        taking.add(observations.get(i));
                    }
                }
                Solution fresh = firstSolution(points, observations, active, StartingCoordinates.build(
                        new Network(taking, network.approximate()), points, java.util.Set.of()));
                if (fresh.vpv < s.vpv) {
                    s = fresh;
                }
            } catch (AdjustmentException e) {
                // no better start from the taking measurements alone: keep the one found
            }
        }
        return s;
    }

    /**
     * In a large network a fresh construction and a continuation per candidate would cost seconds:
     * the re-adjustment from the last coordinates is tried also from the first starting
     * coordinates when it fails high, and the smaller vᵀPv kept.
     */
    private Solution resolveLarge(List<String> points, List<Observation> observations, boolean[] active,
            double[] from) {
        Solution s = null;
        AdjustmentException failure = null;
        try {
            s = gaussNewton.solve(points, observations, active, from);
            GlobalTest global = GlobalTest.of(s.vpv, s.degreesOfFreedom(), options.globalAlpha());
            if (global.passed() || s.vpv < global.upper() || firstStart == null || from == firstStart) {
                return s;
            }
        } catch (AdjustmentException e) {
            if (e.error() != AdjustmentError.NOT_CONVERGED || firstStart == null) {
                throw e;
            }
            failure = e;
        }
        try {
            Solution again = gaussNewton.solve(points, observations, active, firstStart);
            return s == null || again.vpv < s.vpv ? again : s;
        } catch (AdjustmentException e) {
            if (s == null) {
                throw failure;
            }
            return s;
        }
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
            if (o instanceof org.lastmile.survey.observation.PointPosition g) {
                positions.add(Math.sqrt((g.covariance().ee() + g.covariance().nn()) / 2));
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

    /**
     * The measurement to test next: one whose |w| exceeds the critical value (or, while the global
     * test fails, one the robust fit explains worse than noise), suspects of the screen first, then
     * by the robust t (the first solution's w without a robust fit), then by |w|. A measurement
     * with a redundancy number below {@link #MIN_REDUNDANCY} is never picked but noted in
     * {@code notChecked}; after a rejection only measurements the first solution explained worse
     * than noise are picked. −1 when none.
     */
    private int pick(ObservationStatistics[] stats, Map<Integer, Integer> suspects, double[] first,
            RobustStart.Fit robust, boolean failing, boolean later, java.util.Set<Integer> notChecked) {
        double c = options.criticalW();
        int best = -1;
        int bestSuspicion = 0;
        double bestFirst = 0;
        double bestW = 0;
        for (ObservationStatistics st : stats) {
            if (st == null) {
                continue;
            }
            double w = st.maxAbsW();
            boolean flagged = w > c || robust != null && failing && first[st.index] > c;
            if (!flagged) {
                continue;
            }
            if (!checkedEnough(st, robust)) {
                notChecked.add(st.index);
                continue;
            }
            if (later && !(first[st.index] > c)) {
                continue;
            }
            int suspicion = suspects.getOrDefault(st.index, 0);
            double f = first[st.index] > c ? first[st.index] : 0;
            boolean better = best < 0 || suspicion > bestSuspicion
                    || suspicion == bestSuspicion && (f > bestFirst || f == bestFirst && w > bestW);
            if (better) {
                best = st.index;
                bestSuspicion = suspicion;
                bestFirst = f;
                bestW = Double.isFinite(w) ? w : 0;
            }
        }
        return best;
    }

    /**
     * The candidates that explain the misfit about as well as {@code best}: without each, vᵀPv within
     * c² of leaving out {@code best} and well below the base; also those without which the figure
     * does not settle, unless leaving out {@code best} already passes the global test.
     */
    private List<Integer> alike(int best, Solution base, Map<Integer, Solution> without, List<Integer> unsettled,
            double c2) {
        Solution bestSolution = without.get(best);
        double bestVpv = bestSolution.vpv;
        List<Integer> alike = bestVpv <= GlobalTest.of(bestVpv, bestSolution.degreesOfFreedom(),
                options.globalAlpha()).upper() ? new ArrayList<>() : new ArrayList<>(unsettled);
        for (Map.Entry<Integer, Solution> e : without.entrySet()) {
            if (e.getKey() != best && e.getValue().vpv <= bestVpv + c2
                    && base.vpv - e.getValue().vpv > ALIKE_DROP * c2) {
                alike.add(e.getKey());
            }
        }
        return alike;
    }

    private static AdjustmentWarning notLocatable(int pick, List<Integer> alike) {
        java.util.TreeSet<Integer> set = new java.util.TreeSet<>(alike);
        set.add(pick);
        List<Integer> all = new ArrayList<>(set);
        return new AdjustmentWarning(WarningCode.NOT_LOCATABLE, all);
    }

    /**
     * The measurements data snooping re-adjusts without, to see which one explains the misfit.
     * In a network of at most {@link #EXHAUSTIVE} measurements every checked one: a large slip in a
     * weakly checked tape bends the first solution around it until its own w is small (masking),
     * and only leaving it out shows it. In a larger one the picked measurement, the suspects of the gross-slip screen, and those whose w-test is correlated
     * with the picked one's (|ρ| ≥ {@link #CORRELATED} with w² within 3.29² of its w², or
     * |ρ| ≥ {@link #TWINS}): a braced quadrilateral's six tapes (all |ρ| = 1), or near-twins whose
     * linearized w cannot be compared.
     */
    private List<Integer> candidates(ObservationStatistics[] stats, int pick, Solution solution,
            Map<Integer, Integer> suspects, boolean[] active) {
        int checked = 0;
        for (ObservationStatistics st : stats) {
            if (st != null && !Double.isNaN(st.maxAbsW())) {
                checked++;
            }
        }
        ObservationStatistics p = stats[pick];
        double w = p.maxAbsW();
        double c = options.criticalW();
        double floor = w * w - c * c;
        List<Integer> out = new ArrayList<>(List.of(pick));
        for (ObservationStatistics st : stats) {
            if (st == null || st.index == pick || Double.isNaN(st.maxAbsW()) || !active[st.index]) {
                continue;
            }
            double wj = st.maxAbsW();
            boolean take = checked <= EXHAUSTIVE || suspects.containsKey(st.index);
            if (!take) {
                double rho = Math.abs(ObservationStatistics.correlation(solution.linearized[pick], p.worst(),
                        solution.linearized[st.index], st.worst(), solution));
                take = rho >= TWINS || rho >= CORRELATED && wj * wj >= floor;
            }
            if (take) {
                out.add(st.index);
            }
        }
        return out;
    }

    /**
     * A candidate fits about as well as the best when its vᵀPv exceeds the best one's by less than
     * the critical value squared, and leaving it out matters at all: lowers vᵀPv by more than this
     * share of the critical value squared (|w| ≈ 1.6), so that measurements unrelated to the misfit
     * are not listed.
     */
    static final double ALIKE_DROP = 0.25;

    private static int checked(ObservationStatistics[] stats) {
        int checked = 0;
        for (ObservationStatistics st : stats) {
            if (st != null && !Double.isNaN(st.maxAbsW())) {
                checked++;
            }
        }
        return checked;
    }

    /**
     * In a large network, the measurements whose w-test is correlated with the picked one's
     * (|ρ| ≥ {@link #CORRELATED}) and whose w² falls short of its w² by less than the critical
     * value squared: removing either would lower vᵀPv about as much (by w², linearly).
     */
    private List<Integer> linearlyAlike(ObservationStatistics[] stats, int pick, Solution solution) {
        ObservationStatistics p = stats[pick];
        double w = p.maxAbsW();
        double floor = w * w - options.criticalW() * options.criticalW();
        List<Integer> alike = new ArrayList<>();
        for (ObservationStatistics st : stats) {
            if (st == null || st.index == pick || !(st.maxAbsW() * st.maxAbsW() >= floor)) {
                continue;
            }
            double rho = Math.abs(ObservationStatistics.correlation(solution.linearized[pick], p.worst(),
                    solution.linearized[st.index], st.worst(), solution));
            if (rho >= CORRELATED) {
                alike.add(st.index);
            }
        }
        return alike;
    }

    /** Networks with at most this many checked measurements are searched by leaving out each in turn. */
    static final int EXHAUSTIVE = 60;
    /** w-tests correlated this much are near-twins: their linearized w cannot be compared. */
    static final double TWINS = 0.95;
    /** w-tests correlated at least this much see the same blunders. */
    static final double CORRELATED = 0.5;
}
